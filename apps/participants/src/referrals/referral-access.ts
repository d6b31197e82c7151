import type { CallerIdentity, Role } from '@jobbnatet/contracts';
import type { ScopePolicy } from '@jobbnatet/domain-core';

/**
 * Which referrals each role reaches: a case worker their municipality's (the ones it sent), an
 * officer those sent to their office. Nobody else, admins included: a referral is between the two.
 */
export const referralPolicy: ScopePolicy<Role> = {
  municipal_case_worker: 'municipality',
  officer: 'office',
  admin: 'none',
  analyst: 'none',
  employer_contact: 'none',
  process_leader: 'none',
  provider_staff: 'none',
};

/** Where a referral belongs, in the scope vocabulary; `r` is the referral table's alias. */
export const referralScopeColumns = {
  office: 'r.to_office_id',
  municipality: 'r.from_municipality_code',
} as const;

/** What decides what one caller sees of one referral. */
export interface ReferralFacts {
  fromMunicipalityCode: string;
  toOfficeId: string;
  status: string;
}

export interface ReferralDisclosure {
  /** The person and the reason as entered. */
  details: boolean;
  /** Why it was declined: the officers' business, never told to the municipality. */
  declineReason: boolean;
}

const nothing: ReferralDisclosure = { details: false, declineReason: false };

/**
 * The officer of the target office sees everything (they decide on it). The referring case worker
 * sees what they entered while it is pending; once decided, only the status, the decision date and
 * (accepted) the participant id: nothing that tells them more about the person's standing at
 * Arbetsförmedlingen.
 */
export function referralDisclosureOf(
  caller: Pick<CallerIdentity, 'role' | 'officeId' | 'municipalityCode'>,
  facts: ReferralFacts,
): ReferralDisclosure {
  switch (caller.role) {
    case 'officer':
      return caller.officeId === facts.toOfficeId
        ? { details: true, declineReason: true }
        : nothing;
    case 'municipal_case_worker':
      return caller.municipalityCode === facts.fromMunicipalityCode && facts.status === 'PENDING'
        ? { details: true, declineReason: false }
        : nothing;
    default:
      return nothing;
  }
}
