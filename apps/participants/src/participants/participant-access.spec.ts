import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import { scopeOf } from '@jobbnatet/domain-core';
import {
  type CaseFacts,
  disclosureOf,
  isResponsibleOffice,
  mayRegister,
  maySeeIdentityNumber,
  mayWriteNote,
  participantPolicy,
} from './participant-access';

const caller = (overrides: Partial<CallerIdentity> & { role: Role }): CallerIdentity => ({
  userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24',
  correlationId: 'c',
  ...overrides,
});
const scope = (overrides: Partial<CallerIdentity> & { role: Role }) =>
  scopeOf(participantPolicy, caller(overrides));

const atSolna: CaseFacts = { officeId: 'af-solna', consentedMunicipalities: [], erased: false };
const consentedTo0181: CaseFacts = { ...atSolna, consentedMunicipalities: ['0181'] };

describe('participant access', () => {
  it('lets an officer reach their own office, a case worker their municipality, an admin all', () => {
    expect(scope({ role: 'officer', officeId: 'af-solna' })).toEqual({
      kind: 'office',
      officeId: 'af-solna',
    });
    expect(scope({ role: 'municipal_case_worker', municipalityCode: '0181' })).toEqual({
      kind: 'municipality',
      municipalityCode: '0181',
    });
    expect(scope({ role: 'admin' })).toEqual({ kind: 'all' });
  });

  it.each(['employer_contact', 'analyst', 'process_leader', 'provider_staff'] as const)(
    'lets a %s reach no participant',
    (role) => {
      const attributes = {
        officeId: 'af-solna',
        municipalityCode: '0181',
        providerId: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
      };
      expect(scope({ role, ...attributes })).toEqual({
        kind: 'none',
      });
    },
  );

  it('shows the responsible office personal data, another office only the pseudonym', () => {
    expect(disclosureOf(caller({ role: 'officer', officeId: 'af-solna' }), atSolna)).toEqual({
      level: 'personal',
      purpose: 'CASE_MANAGEMENT',
    });
    expect(disclosureOf(caller({ role: 'officer', officeId: 'af-kista' }), atSolna)).toEqual({
      level: 'pseudonymous',
    });
  });

  it('shows a case worker personal data only with a consent naming their municipality', () => {
    const worker = caller({ role: 'municipal_case_worker', municipalityCode: '0181' });
    expect(disclosureOf(worker, atSolna).level).toBe('pseudonymous');
    expect(disclosureOf(worker, { ...atSolna, consentedMunicipalities: ['0180'] }).level).toBe(
      'pseudonymous',
    );
    expect(disclosureOf(worker, consentedTo0181)).toEqual({
      level: 'personal',
      purpose: 'MUNICIPAL_COLLABORATION',
    });
  });

  it('shows an admin personal data only with a stated reason, flagged as administration', () => {
    const admin = caller({ role: 'admin' });
    expect(disclosureOf(admin, atSolna).level).toBe('pseudonymous');
    expect(disclosureOf(admin, atSolna, 'begäran om registerutdrag')).toEqual({
      level: 'personal',
      purpose: 'ADMINISTRATION',
      adminReason: 'begäran om registerutdrag',
    });
  });

  it('shows nobody personal data of an erased participant', () => {
    const erased = { ...consentedTo0181, erased: true };
    expect(disclosureOf(caller({ role: 'officer', officeId: 'af-solna' }), erased).level).toBe(
      'pseudonymous',
    );
    expect(disclosureOf(caller({ role: 'admin' }), erased, 'reason').level).toBe('pseudonymous');
    expect(isResponsibleOffice(caller({ role: 'officer', officeId: 'af-solna' }), erased)).toBe(
      false,
    );
  });

  it.each(['employer_contact', 'analyst', 'process_leader', 'provider_staff'] as const)(
    'never shows a %s personal data, consent or not',
    (role) => {
      expect(
        disclosureOf(
          caller({ role, officeId: 'af-solna', municipalityCode: '0181' }),
          consentedTo0181,
        ).level,
      ).toBe('pseudonymous');
    },
  );

  it('lets only an officer register, and only at their own office', () => {
    expect(mayRegister(caller({ role: 'officer', officeId: 'af-solna' }), atSolna)).toBe(true);
    expect(mayRegister(caller({ role: 'officer', officeId: 'af-kista' }), atSolna)).toBe(false);
    for (const role of ['municipal_case_worker', 'admin', 'analyst', 'provider_staff'] as const) {
      expect(
        mayRegister(caller({ role, officeId: 'af-solna', municipalityCode: '0181' }), atSolna),
      ).toBe(false);
    }
  });

  it('lets the responsible office and a consented municipality write notes', () => {
    expect(mayWriteNote(caller({ role: 'officer', officeId: 'af-solna' }), atSolna)).toBe(true);
    expect(mayWriteNote(caller({ role: 'officer', officeId: 'af-kista' }), atSolna)).toBe(false);
    const worker = caller({ role: 'municipal_case_worker', municipalityCode: '0181' });
    expect(mayWriteNote(worker, atSolna)).toBe(false);
    expect(mayWriteNote(worker, consentedTo0181)).toBe(true);
    expect(mayWriteNote(caller({ role: 'admin' }), consentedTo0181)).toBe(false);
  });

  it('hides the identity number from everyone but officers and admins', () => {
    expect(maySeeIdentityNumber('officer')).toBe(true);
    expect(maySeeIdentityNumber('admin')).toBe(true);
    expect(maySeeIdentityNumber('municipal_case_worker')).toBe(false);
    expect(maySeeIdentityNumber('analyst')).toBe(false);
    expect(maySeeIdentityNumber('employer_contact')).toBe(false);
    expect(maySeeIdentityNumber('provider_staff')).toBe(false);
  });
});
