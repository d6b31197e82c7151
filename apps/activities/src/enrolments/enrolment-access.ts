import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';
import { participantReachColumns } from '@jobbnatet/participant-reach';
import { mayRunOffering } from '../activities/offering-access';

/**
 * Who reads an enrolment: an admin all; an officer those of their office's participants and those
 * on their office's offerings; a case worker those of participants in their reach and those on
 * their municipality's offerings; provider staff those on their provider's offerings. Process
 * leaders, employer contacts and analysts none (reporting counts from the events).
 */
export const enrolmentPolicy: ScopePolicy<Role> = {
  admin: 'all',
  officer: 'office',
  municipal_case_worker: 'municipality',
  provider_staff: 'provider',
  process_leader: 'none',
  employer_contact: 'none',
  analyst: 'none',
};

const reach = participantReachColumns('r');

/** `e` enrolment, `o` its offering, `r` its participant's replica row (LEFT JOIN: may be absent). */
export const enrolmentScopeColumns = {
  office: (office: string) => `${reach.office(office)} OR ${office} = ANY(o.office_ids)`,
  municipality: (code: string) => `${reach.municipality(code)} OR o.municipality_code = ${code}`,
  provider: 'o.provider_id',
} as const;

export const enrolmentTables = `enrolment e JOIN offering o ON o.id = e.offering_id
  LEFT JOIN participant_reach r ON r.participant_id = e.participant_id`;

type Caller = Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode' | 'providerId'>;
type RunFacts = Parameters<typeof mayRunOffering>[1];

/**
 * Starting or interrupting an enrolment: whoever may enrol the participant (the participant is in
 * their reach) or runs the offering.
 */
export function mayChangeEnrolment(
  caller: Caller,
  participantInReach: boolean,
  offering: RunFacts,
) {
  return participantInReach || mayRunOffering(caller, offering);
}

/** Completion (and its certificate) is the word of whoever runs the offering. */
export function mayComplete(caller: Caller, offering: RunFacts): boolean {
  return mayRunOffering(caller, offering);
}
