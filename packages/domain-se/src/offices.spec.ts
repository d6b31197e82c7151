import { counties, municipalities } from './municipalities';
import { isOfficeId, office, offices } from './offices';

describe('Arbetsförmedlingen offices', () => {
  it('knows Södertälje’s office and the municipalities it serves', () => {
    expect(office('af-sodertalje')).toMatchObject({
      name: 'Arbetsförmedlingen Södertälje',
      municipalities: [
        { code: '0181', name: 'Södertälje' },
        { code: '0140', name: 'Nykvarn' },
      ],
    });
  });

  it('does not know an office that does not exist', () => {
    expect(isOfficeId('af-atlantis')).toBe(false);
    expect(isOfficeId('__proto__')).toBe(false);
    expect(isOfficeId('toString')).toBe(false);
    expect(office('AF-SODERTALJE')).toBeUndefined();
  });

  it('serves every municipality of Stockholms län from at least one office', () => {
    const stockholm = counties().find((county) => county.code === '01')!;
    const served = new Set(offices().flatMap((o) => o.municipalities.map((m) => m.code)));
    const inCounty = municipalities().filter((m) => m.county === stockholm);
    expect(inCounty.filter((m) => !served.has(m.code))).toEqual([]);
  });

  it('gives every office a unique id of the af-place form', () => {
    const ids = offices().map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^af-[a-z]+(-[a-z]+)*$/);
  });
});
