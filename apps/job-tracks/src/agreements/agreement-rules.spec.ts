import { shownStatus, whyAgreementCannotCarry } from './agreement-rules';

const agreement = {
  status: 'ACTIVE' as const,
  municipalityCode: '0181',
  officeIds: ['af-sodertalje'],
  validFrom: '2027-01-01',
  validTo: '2028-12-31',
};
const track = {
  municipalityCodes: ['0181'],
  officeIds: ['af-sodertalje', 'af-botkyrka'],
  plannedStart: '2027-02-01',
  plannedEnd: '2027-12-17',
};
const today = '2027-01-15';

describe('whether an agreement carries a track', () => {
  it('carries one within its dates, municipality and offices', () => {
    expect(whyAgreementCannotCarry(agreement, track, today)).toBeNull();
  });

  it.each([
    ['a draft', { status: 'DRAFT' as const }, {}, 'it is not active'],
    ['an ended one', { status: 'ENDED' as const }, {}, 'it is not active'],
    [
      'one ending before the track',
      {},
      { plannedEnd: '2029-01-01' },
      'its validity does not cover the planned dates',
    ],
    [
      'one starting after it',
      {},
      { plannedStart: '2026-12-31' },
      'its validity does not cover the planned dates',
    ],
    ['another municipality’s', { municipalityCode: '0180' }, {}, 'it is with another municipality'],
    [
      'one without a shared office',
      { officeIds: ['af-solna'] },
      {},
      'it shares no office with the track',
    ],
  ])('refuses %s, saying why', (_what, terms, frame, why) => {
    expect(whyAgreementCannotCarry({ ...agreement, ...terms }, { ...track, ...frame }, today)).toBe(
      why,
    );
  });

  it('refuses an expired one', () => {
    expect(whyAgreementCannotCarry(agreement, track, '2029-01-01')).toBe('it has expired');
  });
});

describe('the status an agreement shows', () => {
  it('is EXPIRED for an active one past its last day, else as stored', () => {
    expect(shownStatus('ACTIVE', '2027-01-14', today)).toBe('EXPIRED');
    expect(shownStatus('ACTIVE', '2027-01-15', today)).toBe('ACTIVE');
    expect(shownStatus('DRAFT', '2020-01-01', today)).toBe('DRAFT');
  });
});
