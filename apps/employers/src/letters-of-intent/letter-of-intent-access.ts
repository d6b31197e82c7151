import type { Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';
import { employerPolicy } from '../employers/employer-access';

/**
 * Who reaches a letter of intent: everyone the employer policy lets reach its employer, and a
 * municipal case worker the letters of their own municipality (they approve for it) — through the
 * letter's municipality, never through the employer.
 */
export const letterOfIntentPolicy: ScopePolicy<Role> = {
  ...employerPolicy,
  municipal_case_worker: 'municipality',
};

/** Where a letter belongs, in the scope vocabulary; `l` is the letter, `e` its employer. */
export const letterScopeColumns = {
  office: (office: string) => `${office} = ANY(e.office_ids)`,
  municipality: 'l.municipality_code',
  employer: 'l.employer_id',
} as const;
