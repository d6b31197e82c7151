import type { CallerIdentity } from '@jobbnatet/contracts';
import type { Subgraph } from '@jobbnatet/subgraph-testing';
import { aFreshIdentityNumber } from '@jobbnatet/testing';

const referralFields = `id status fromMunicipalityCode officeId referredAt decidedAt declineReason
  participantId identityNumber givenName familyName homeMunicipalityCode phone email reason
  participant { id pseudonym givenName }`;

export const referMutation = `mutation Refer($input: ReferPersonInput!) {
  referPerson(input: $input) { ${referralFields} }
}`;
export const acceptMutation = `mutation Accept($id: ID!) {
  acceptReferral(referralId: $id) { ${referralFields} }
}`;
export const declineMutation = `mutation Decline($id: ID!, $reason: ReferralDeclineReason!) {
  declineReferral(referralId: $id, reason: $reason) { ${referralFields} }
}`;
export const referralQuery = `query Referral($id: ID!) { referral(id: $id) { ${referralFields} } }`;
export const referralsQuery = `query Referrals($first: Int, $after: String, $filter: ReferralFilterInput) {
  referrals(first: $first, after: $after, filter: $filter) {
    edges { cursor node { ${referralFields} } }
    pageInfo { endCursor hasNextPage }
  }
}`;

export interface Referral {
  id: string;
  status: string;
  fromMunicipalityCode: string;
  officeId: string;
  referredAt: string;
  decidedAt: string | null;
  declineReason: string | null;
  participantId: string | null;
  identityNumber: string | null;
  givenName: string | null;
  familyName: string | null;
  homeMunicipalityCode: string | null;
  phone: string | null;
  email: string | null;
  reason: string | null;
  participant: { id: string; pseudonym: string; givenName: string | null } | null;
}

export interface ReferralInput {
  identityNumber: string;
  givenName: string;
  familyName: string;
  homeMunicipalityCode?: string | null;
  officeId: string;
  reason: string;
  phone?: string | null;
  email?: string | null;
}

/** A valid referral from Södertälje (0181) to Södertälje's office, of a person no other test uses. */
export function aReferral(overrides: Partial<ReferralInput> = {}): ReferralInput {
  return {
    identityNumber: aFreshIdentityNumber(),
    givenName: 'Remissa',
    familyName: 'Kommunsson',
    officeId: 'af-sodertalje',
    reason: 'Långt ifrån arbetsmarknaden; behöver stöd i svenska och med att söka arbete.',
    phone: '070-123 45 67',
    email: 'remissa@example.se',
    ...overrides,
  };
}

/** Refers as `caller` and returns the referral; fails the test on any error. */
export async function refer(
  subgraph: Subgraph,
  caller: CallerIdentity,
  input: ReferralInput = aReferral(),
): Promise<Referral> {
  const response = await subgraph.call<{ referPerson: Referral }>(caller, referMutation, {
    input,
  });
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.referPerson;
}

export interface Writes {
  referrals: number;
  decided: number;
  participants: number;
  accessLog: number;
}

/** What a test checks stays unchanged when a request is refused. */
export async function writes(subgraph: Subgraph): Promise<Writes> {
  const [row] = await subgraph.sql<Writes>(
    `SELECT (SELECT count(*)::int FROM referral) AS referrals,
            (SELECT count(*)::int FROM referral WHERE status <> 'PENDING') AS decided,
            (SELECT count(*)::int FROM participant) AS participants,
            (SELECT count(*)::int FROM access_log) AS "accessLog"`,
  );
  return row!;
}
