import type { CallerIdentity } from '@jobbnatet/contracts';
import type { Subgraph } from '@jobbnatet/subgraph-testing';
import { swedishDay } from '@jobbnatet/domain-se';

export const recordAssessmentMutation = `mutation Assess($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    id assessedOn assessedBy
    factors { factor level interventions text interventionsText withheld }
  }
}`;

export const writeNoteMutation = `mutation Note($input: WriteNoteInput!) {
  writeNote(input: $input) { id kind writtenOn text writtenBy authorRole }
}`;

/** A participant's assessments and notes as the caller sees them (`reason` for admins). */
export const caseQuery = `query Case($id: ID!, $reason: String) {
  participant(id: $id, reason: $reason) {
    id pseudonym
    assessments {
      id assessedOn assessedBy
      factors { factor level interventions text interventionsText withheld }
    }
    notes { id kind writtenOn text writtenBy authorRole }
  }
}`;

export interface FactorSeen {
  factor: string;
  level: string | null;
  interventions: string[] | null;
  text: string | null;
  interventionsText: string | null;
  withheld: boolean;
}

export interface AssessmentSeen {
  id: string;
  assessedOn: string;
  assessedBy: string;
  factors: FactorSeen[];
}

export interface NoteSeen {
  id: string;
  kind: string;
  writtenOn: string;
  text: string;
  writtenBy: string;
  authorRole: string;
}

export interface CaseSeen {
  id: string;
  pseudonym: string;
  assessments: AssessmentSeen[] | null;
  notes: NoteSeen[] | null;
}

/** Today in Sweden, and `days` from it, as `YYYY-MM-DD`. */
export const today = (): string => swedishDay(new Date());
export const daysFromToday = (days: number): string =>
  swedishDay(new Date(Date.now() + days * 86_400_000));

/** Moves a participant's registration into the past, so entries can be dated before today. */
export async function registeredDaysAgo(subgraph: Subgraph, participantId: string, days: number) {
  await subgraph.sql(
    `UPDATE participant SET registered_at = now() - make_interval(days => $2) WHERE id = $1`,
    [participantId, days],
  );
}

/** The responsible office records the participant's consent to share with `municipalityCode`. */
export async function giveConsent(
  subgraph: Subgraph,
  officer: CallerIdentity,
  participantId: string,
  municipalityCode: string,
): Promise<string> {
  const response = await subgraph.call<{ giveConsent: { id: string } }>(
    officer,
    `mutation Give($input: GiveConsentInput!) { giveConsent(input: $input) { id } }`,
    {
      input: {
        participantId,
        purpose: 'JOB_TRACK_COLLABORATION',
        municipalityCode,
        givenOn: today(),
      },
    },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.giveConsent.id;
}

/** The participant withdraws the consent (recorded by `caller`): it stops on the next request. */
export async function withdrawConsent(
  subgraph: Subgraph,
  caller: CallerIdentity,
  consentId: string,
): Promise<void> {
  const response = await subgraph.call(
    caller,
    `mutation Withdraw($input: WithdrawConsentInput!) { withdrawConsent(input: $input) { id } }`,
    { input: { consentId, withdrawnOn: today() } },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
}

/** The participant's case as `caller` sees it; null when not reached. Fails on a GraphQL error. */
export async function caseOf(
  subgraph: Subgraph,
  caller: CallerIdentity,
  id: string,
  reason?: string,
): Promise<CaseSeen | null> {
  const response = await subgraph.call<{ participant: CaseSeen | null }>(caller, caseQuery, {
    id,
    reason,
  });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.participant;
}

/** Rows in any table of the service's database whose text holds `needle`: none for encrypted data. */
export async function tablesHolding(subgraph: Subgraph, needle: string): Promise<string[]> {
  const tables = await subgraph.sql<{ name: string }>(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  const holding: string[] = [];
  for (const { name } of tables) {
    const [row] = await subgraph.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${name} t WHERE t::text ILIKE '%' || $1 || '%'`,
      [needle],
    );
    if (row!.n > 0) holding.push(name);
  }
  return holding;
}

/** How many events were ever published about `subject` (the outbox relay empties the outbox itself). */
export async function eventsAbout(subgraph: Subgraph, subject: string): Promise<number> {
  const [row] = await subgraph.sql<{ n: number }>(
    'SELECT coalesce(max(last_sequence), 0)::int AS n FROM outbox_subject_sequence WHERE subject = $1',
    [subject],
  );
  return row!.n;
}
