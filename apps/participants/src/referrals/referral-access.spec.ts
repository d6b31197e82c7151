import { referralDisclosureOf } from './referral-access';

const facts = (status: string) => ({
  fromMunicipalityCode: '0181',
  toOfficeId: 'af-sodertalje',
  status,
});

describe('what a caller sees of a referral', () => {
  it('shows the target office everything, pending or decided', () => {
    for (const status of ['PENDING', 'ACCEPTED', 'DECLINED']) {
      expect(
        referralDisclosureOf({ role: 'officer', officeId: 'af-sodertalje' }, facts(status)),
      ).toEqual({ details: true, declineReason: true });
    }
  });

  it('shows the referring case worker their details only while pending, never the decline reason', () => {
    const caseWorker = { role: 'municipal_case_worker', municipalityCode: '0181' } as const;
    expect(referralDisclosureOf(caseWorker, facts('PENDING'))).toEqual({
      details: true,
      declineReason: false,
    });
    expect(referralDisclosureOf(caseWorker, facts('DECLINED'))).toEqual({
      details: false,
      declineReason: false,
    });
  });

  it('shows another office, another municipality and every other role nothing', () => {
    const none = { details: false, declineReason: false };
    expect(
      referralDisclosureOf({ role: 'officer', officeId: 'af-solna' }, facts('PENDING')),
    ).toEqual(none);
    expect(
      referralDisclosureOf(
        { role: 'municipal_case_worker', municipalityCode: '0184' },
        facts('PENDING'),
      ),
    ).toEqual(none);
    for (const role of [
      'admin',
      'analyst',
      'employer_contact',
      'process_leader',
      'provider_staff',
    ] as const) {
      expect(referralDisclosureOf({ role }, facts('PENDING'))).toEqual(none);
    }
  });
});
