import type { Role } from '@jobbnatet/contracts';
import { scopeOf, type ScopedCaller } from '@jobbnatet/domain-core';
import { scopeCondition } from '@jobbnatet/service-kit';
import {
  enrolmentPolicy,
  enrolmentScopeColumns,
  mayChangeEnrolment,
  mayComplete,
} from './enrolment-access';

const offering = {
  providerId: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
  officeIds: ['af-sodertalje'],
  municipalityCode: '0181',
};

describe('who reads an enrolment', () => {
  const condition = (caller: ScopedCaller<Role>) =>
    scopeCondition(scopeOf(enrolmentPolicy, caller), enrolmentScopeColumns, []);

  it('gives an officer their participants’ enrolments and those on their office’s offerings', () => {
    expect(condition({ role: 'officer', officeId: 'af-solna' })).toBe(
      '(r.office_id = $1 OR $1 = ANY(o.office_ids))',
    );
  });

  it('gives a case worker the participants in their reach and their municipality’s offerings', () => {
    const sql = condition({ role: 'municipal_case_worker', municipalityCode: '0184' });
    expect(sql).toContain('r.home_municipality_code = $1 OR EXISTS');
    expect(sql).toContain('OR o.municipality_code = $1');
  });

  it('gives provider staff their provider’s offerings only', () => {
    expect(condition({ role: 'provider_staff', providerId: offering.providerId })).toBe(
      'o.provider_id = $1',
    );
  });

  it.each(['process_leader', 'employer_contact', 'analyst'] as const)('gives %s none', (role) => {
    expect(condition({ role })).toBe('FALSE');
  });
});

describe('who changes and completes an enrolment', () => {
  it('lets whoever reaches the participant start or interrupt, even on another office’s offering', () => {
    expect(mayChangeEnrolment({ role: 'officer', officeId: 'af-solna' }, true, offering)).toBe(
      true,
    );
    expect(mayChangeEnrolment({ role: 'officer', officeId: 'af-solna' }, false, offering)).toBe(
      false,
    );
  });

  it('lets those who run the offering start or interrupt without reaching the participant', () => {
    expect(
      mayChangeEnrolment(
        { role: 'provider_staff', providerId: offering.providerId },
        false,
        offering,
      ),
    ).toBe(true);
  });

  it('leaves completion to those who run the offering: its provider, municipality, offices, admins', () => {
    expect(mayComplete({ role: 'provider_staff', providerId: offering.providerId }, offering)).toBe(
      true,
    );
    expect(
      mayComplete(
        { role: 'provider_staff', providerId: 'c3c3c3c3-c3c3-4c3c-8c3c-c3c3c3c3c3c3' },
        offering,
      ),
    ).toBe(false);
    expect(mayComplete({ role: 'municipal_case_worker', municipalityCode: '0181' }, offering)).toBe(
      true,
    );
    expect(mayComplete({ role: 'municipal_case_worker', municipalityCode: '0184' }, offering)).toBe(
      false,
    );
    expect(mayComplete({ role: 'admin' }, offering)).toBe(true);
    expect(mayComplete({ role: 'process_leader' }, offering)).toBe(false);
  });
});
