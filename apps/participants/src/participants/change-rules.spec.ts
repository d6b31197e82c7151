import { type CurrentValues, planChange } from './change-rules';

const current: CurrentValues = {
  identityNumber: '199001011234',
  givenName: 'Ida',
  familyName: 'Ek',
  contact: { phone: '0701234567', email: null, address: null },
  languages: ['sv'],
  educationLevel: null,
  drivingLicences: [],
  labourMarketProgramme: null,
  responsibleOfficerId: null,
  homeMunicipalityCode: '0181',
};

describe('planning a change', () => {
  it('names the fields that change, identity and contact first, and keeps what is absent', () => {
    const plan = planChange(current, {
      familyName: 'Lind',
      email: 'ida@example.se',
      languages: ['sv', 'ar'],
    });
    expect(plan.changed).toEqual(['familyName', 'email', 'languages']);
    expect(plan.before).toMatchObject({ familyName: 'Ek', email: null, phone: '0701234567' });
    expect(plan.after).toMatchObject({
      familyName: 'Lind',
      email: 'ida@example.se',
      phone: '0701234567',
    });
    expect(plan.next.contact).toEqual({
      phone: '0701234567',
      email: 'ida@example.se',
      address: null,
    });
  });

  it('clears a detail with null, and changes nothing when the values are the same', () => {
    expect(planChange(current, { phone: null }).changed).toEqual(['phone']);
    expect(planChange(current, { givenName: 'Ida', languages: ['sv'] }).changed).toEqual([]);
  });
});
