import { roles } from '@jobbnatet/contracts';
import { toCallerIdentity } from './claims';
import { devUsers, findDevUser } from './dev-users';

describe('dev users', () => {
  it('seeds a user for every role', () => {
    expect(new Set(devUsers.map((user) => user.role))).toEqual(new Set(roles));
  });

  it('gives each seeded user the claims their role needs, so every one of them can log in', () => {
    for (const user of devUsers) {
      const identity = toCallerIdentity(
        {
          sub: user.userId,
          role: user.role,
          office_id: user.officeId,
          municipality_code: user.municipalityCode,
          employer_id: user.employerId,
          provider_id: user.providerId,
        },
        'r',
      );
      expect(identity.role).toBe(user.role);
    }
  });

  it('seeds provider staff at a fixed provider', () => {
    expect(findDevUser('provider_staff')).toMatchObject({
      role: 'provider_staff',
      providerId: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
    });
  });
});
