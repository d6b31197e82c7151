import { adoptionShare, mayWriteRollout, rolloutOffice } from './rollout-rules';

const leader = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';

describe('the region’s adoption share', () => {
  it('counts partial and full use of the method against the target, in whole offices', () => {
    const fifteenOfTwenty = [
      ...Array<'PARTIAL'>(10).fill('PARTIAL'),
      ...Array<'FULL'>(5).fill('FULL'),
      ...Array<'NOT_STARTED'>(3).fill('NOT_STARTED'),
      null,
      null,
    ];
    expect(adoptionShare(fifteenOfTwenty, 75)).toEqual({
      participatingOffices: 20,
      partialOrFullOffices: 15,
      fullOffices: 5,
      sharePercent: 75,
      targetMet: true,
    });
    expect(adoptionShare(fifteenOfTwenty.slice(1), 75)).toMatchObject({
      partialOrFullOffices: 14,
      sharePercent: 73.7,
      targetMet: false,
    });
  });

  it('meets no target while no office takes part', () => {
    expect(adoptionShare([], 75)).toMatchObject({ sharePercent: 0, targetMet: false });
  });
});

describe('rollout access', () => {
  it('lets assigned process leaders and admins write, nobody else', () => {
    expect(mayWriteRollout({ role: 'process_leader', userId: leader }, [leader])).toBe(true);
    expect(mayWriteRollout({ role: 'process_leader', userId: leader }, [])).toBe(false);
    expect(mayWriteRollout({ role: 'admin', userId: leader }, [])).toBe(true);
    expect(mayWriteRollout({ role: 'officer', userId: leader }, [leader])).toBe(false);
  });

  it('takes only AF offices on record, in their county', () => {
    expect(rolloutOffice('af-sodertalje')).toEqual({ officeId: 'af-sodertalje', countyCode: '01' });
    expect(() => rolloutOffice('af-nowhere')).toThrow(/officeId/);
  });
});
