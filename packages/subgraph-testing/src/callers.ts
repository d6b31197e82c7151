import { randomUUID } from 'node:crypto';
import type { CallerIdentity } from '@jobbnatet/contracts';

const caller = (identity: Omit<CallerIdentity, 'userId' | 'correlationId'>): CallerIdentity => ({
  userId: randomUUID(),
  correlationId: `test-${randomUUID()}`,
  ...identity,
});

/** Callers of every role, each a new user, with the attributes their scopes are made of. */
export const callers = {
  officer: (officeId = 'af-sodertalje') => caller({ role: 'officer', officeId }),
  caseWorker: (municipalityCode = '0181') =>
    caller({ role: 'municipal_case_worker', municipalityCode }),
  employerContact: (employerId: string = randomUUID()) =>
    caller({ role: 'employer_contact', employerId }),
  providerStaff: (providerId: string = randomUUID()) =>
    caller({ role: 'provider_staff', providerId }),
  processLeader: (officeId?: string) =>
    caller({ role: 'process_leader', ...(officeId === undefined ? {} : { officeId }) }),
  analyst: () => caller({ role: 'analyst' }),
  admin: () => caller({ role: 'admin' }),
} as const;
