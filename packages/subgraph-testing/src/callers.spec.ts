import { callerIdentitySchema } from '@jobbnatet/contracts';
import { callers } from './callers';

describe('test callers', () => {
  it('are valid identities of their role', () => {
    for (const make of Object.values(callers)) {
      expect(callerIdentitySchema.safeParse(make()).success).toBe(true);
    }
  });

  it('puts provider staff at the provider given, or a new one', () => {
    const providerId = 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2';
    expect(callers.providerStaff(providerId)).toMatchObject({ role: 'provider_staff', providerId });
    expect(callers.providerStaff().providerId).not.toBe(callers.providerStaff().providerId);
  });
});
