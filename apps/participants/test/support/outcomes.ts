import { randomUUID } from 'node:crypto';
import type { CallerIdentity } from '@jobbnatet/contracts';
import type { Subgraph } from '@jobbnatet/subgraph-testing';
import { addDays, addMonths, swedishDate } from '../../src/outcomes/date-rules';

/** Today as the service sees it (Swedish time), and days and months from it. */
export const today = (): string => swedishDate(new Date());
export const daysFromToday = (days: number): string => addDays(today(), days);
export const monthsFromToday = (months: number): string => addMonths(today(), months);

export const recordEmploymentMutation = `mutation Employ($input: RecordEmploymentInput!) {
  recordEmployment(input: $input) {
    id employerId employer { id } startDate endDate hoursPerWeek form subsidyKind acquired
    acquiredThroughContactId countsAsWork
    retentionChecks { id monthsAfterStart dueOn state result checkedOn }
  }
}`;

export const recordRetentionCheckMutation = `mutation Check($input: RecordRetentionCheckInput!) {
  recordRetentionCheck(input: $input) { id employmentId monthsAfterStart dueOn state result checkedOn }
}`;

export const recordExitMutation = `mutation Exit($input: RecordExitInput!) {
  recordExit(input: $input) { id status exit { exitedOn reason } }
}`;

export const recordActivitySupportMutation = `mutation Support($input: RecordActivitySupportInput!) {
  recordActivitySupport(input: $input) { id fromDate toDate dailyAmount }
}`;

export interface RecordedEmployment {
  id: string;
  startDate: string;
  countsAsWork: boolean;
  retentionChecks: { id: string; monthsAfterStart: number; dueOn: string; state: string }[];
}

/** A valid employment outcome: an open-ended unsubsidised job that started three months ago. */
export const anEmployment = (participantId: string, overrides: Record<string, unknown> = {}) => ({
  participantId,
  employerId: randomUUID(),
  startDate: monthsFromToday(-3),
  hoursPerWeek: 40,
  form: 'UNSUBSIDISED_PERMANENT',
  acquired: false,
  ...overrides,
});

/** Records a job as `caller`; fails the test on any error. */
export async function employ(
  subgraph: Subgraph,
  caller: CallerIdentity,
  participantId: string,
  overrides: Record<string, unknown> = {},
): Promise<RecordedEmployment> {
  const response = await subgraph.call<{ recordEmployment: RecordedEmployment }>(
    caller,
    recordEmploymentMutation,
    { input: anEmployment(participantId, overrides) },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.recordEmployment;
}

/** What a participant's case holds in this module's tables, and how many events it produced. */
export async function written(subgraph: Subgraph, participantId: string) {
  const [counts] = await subgraph.sql<Record<string, number>>(
    `SELECT
       (SELECT count(*)::int FROM employment WHERE participant_id = $1) AS employments,
       (SELECT count(*)::int FROM retention_check WHERE participant_id = $1 AND result IS NOT NULL) AS checked,
       (SELECT count(*)::int FROM activity_support_period WHERE participant_id = $1) AS periods,
       (SELECT count(*)::int FROM participant WHERE id = $1 AND exited_on IS NOT NULL) AS exits,
       (SELECT coalesce(max(last_sequence), 0)::int FROM outbox_subject_sequence
         WHERE subject = $1::text) AS events`,
    [participantId],
  );
  return counts!;
}

/** The typed part of a refusal: what a client acts on. */
export function refusalOf(response: {
  errors?: readonly { extensions?: Record<string, unknown> }[];
}) {
  const extensions = response.errors?.[0]?.extensions ?? {};
  return { code: extensions.code, reason: extensions.reason, field: extensions.field };
}
