import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type * as DomainSe from '../src';

// What consumers load is dist/, built by `pnpm build` (turbo builds before it tests). The kommun
// data is a JSON file that tsc must copy there, so this checks the build, not the sources.
const dist = join(__dirname, '../dist');

describe('the built package', () => {
  it('ships the kommun data beside the compiled code', () => {
    expect(existsSync(join(dist, 'data/kommuner.json'))).toBe(true);
    expect(existsSync(join(dist, 'data/af-offices.json'))).toBe(true);
  });

  it('loads and answers from dist', async () => {
    const built: typeof DomainSe = await import(join(dist, 'index.js'));
    expect(built.municipalities()).toHaveLength(290);
    expect(built.municipality('1480')?.name).toBe('Göteborg');
    expect(built.parseIdentityNumber('19250717-6937').ok).toBe(true);
    expect(built.parseOrganisationNumber('19250717-6937').ok).toBe(true);
    expect(built.office('af-sodertalje')?.municipalities.map((m) => m.code)).toContain('0181');
  });
});
