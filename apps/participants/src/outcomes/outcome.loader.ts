import { Injectable } from '@nestjs/common';
import { perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { swedishDate } from './date-rules';
import type {
  ActivitySupportPeriodModel,
  EmploymentModel,
  ParticipantExitModel,
  RetentionCheckModel,
} from './outcome.model';
import { retentionState } from './retention-rules';

export interface EmploymentRow {
  id: string;
  participant_id: string;
  employer_id: string;
  start_date: string;
  end_date: string | null;
  hours_per_week: string;
  form: string;
  subsidy_kind: string | null;
  acquired: boolean;
  acquired_through_contact_id: string | null;
  counts_as_work: boolean;
  recorded_at: Date;
}

export interface RetentionCheckRow {
  id: string;
  employment_id: string;
  participant_id: string;
  months_after_start: number;
  due_on: string;
  result: string | null;
  checked_on: string | null;
}

export interface SupportPeriodRow {
  id: string;
  participant_id: string;
  from_date: string;
  to_date: string;
  daily_amount: string;
  recorded_at: Date;
}

/** Dates as text: a `date` is a calendar day, never shifted by the driver's time zone. */
export const employmentColumns = `e.id, e.participant_id, e.employer_id, e.start_date::text AS start_date,
  e.end_date::text AS end_date, e.hours_per_week::text AS hours_per_week, e.form, e.subsidy_kind,
  e.acquired, e.acquired_through_contact_id, e.counts_as_work, e.recorded_at`;
export const retentionCheckColumns = `r.id, r.employment_id, r.participant_id, r.months_after_start,
  r.due_on::text AS due_on, r.result, r.checked_on::text AS checked_on`;
export const supportPeriodColumns = `s.id, s.participant_id, s.from_date::text AS from_date,
  s.to_date::text AS to_date, s.daily_amount::text AS daily_amount, s.recorded_at`;

export const employmentModel = (row: EmploymentRow): EmploymentModel => ({
  id: row.id,
  employerId: row.employer_id,
  startDate: row.start_date,
  endDate: row.end_date,
  hoursPerWeek: Number(row.hours_per_week),
  form: row.form,
  subsidyKind: row.subsidy_kind,
  acquired: row.acquired,
  acquiredThroughContactId: row.acquired_through_contact_id,
  countsAsWork: row.counts_as_work,
  recordedAt: row.recorded_at,
});

export const retentionCheckModel = (
  row: RetentionCheckRow,
  today: string,
): RetentionCheckModel => ({
  id: row.id,
  employmentId: row.employment_id,
  participantId: row.participant_id,
  monthsAfterStart: row.months_after_start,
  dueOn: row.due_on,
  state: retentionState({ dueOn: row.due_on, checked: row.result !== null }, today),
  result: row.result,
  checkedOn: row.checked_on,
});

export const supportPeriodModel = (row: SupportPeriodRow): ActivitySupportPeriodModel => ({
  id: row.id,
  fromDate: row.from_date,
  toDate: row.to_date,
  dailyAmount: Number(row.daily_amount),
  recordedAt: row.recorded_at,
});

interface RequestLoaders {
  employments: DataLoader<string, EmploymentModel[]>;
  checksByParticipant: DataLoader<string, RetentionCheckModel[]>;
  checksByEmployment: DataLoader<string, RetentionCheckModel[]>;
  exits: DataLoader<string, ParticipantExitModel | null>;
  supportPeriods: DataLoader<string, ActivitySupportPeriodModel[]>;
}

function groupBy<T, R>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
  map: (row: T) => R,
): R[][] {
  const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}

/**
 * A case's outcomes, loaded once per request and sub-collection: a list of 100 participants with
 * their employments costs one statement. Callers have already reached and disclosed the
 * participant; these loaders only fetch.
 */
@Injectable()
export class OutcomeLoader {
  constructor(private readonly dataSource: DataSource) {}

  for(request: object): RequestLoaders {
    return perRequest(request, this, () => this.create());
  }

  private create(): RequestLoaders {
    const today = swedishDate(new Date());
    const query = <T>(sql: string, ids: readonly string[]) =>
      this.dataSource.query(sql, [ids]) as Promise<T[]>;
    return {
      employments: new DataLoader(async (ids) =>
        groupBy(
          ids,
          await query<EmploymentRow>(
            `SELECT ${employmentColumns} FROM employment e WHERE e.participant_id = ANY($1::uuid[])
             ORDER BY e.start_date DESC, e.id`,
            ids,
          ),
          (row) => row.participant_id,
          employmentModel,
        ),
      ),
      checksByParticipant: new DataLoader(async (ids) =>
        groupBy(
          ids,
          await query<RetentionCheckRow>(
            `SELECT ${retentionCheckColumns} FROM retention_check r
             WHERE r.participant_id = ANY($1::uuid[]) ORDER BY r.due_on, r.id`,
            ids,
          ),
          (row) => row.participant_id,
          (row) => retentionCheckModel(row, today),
        ),
      ),
      checksByEmployment: new DataLoader(async (ids) =>
        groupBy(
          ids,
          await query<RetentionCheckRow>(
            `SELECT ${retentionCheckColumns} FROM retention_check r
             WHERE r.employment_id = ANY($1::uuid[]) ORDER BY r.due_on, r.id`,
            ids,
          ),
          (row) => row.employment_id,
          (row) => retentionCheckModel(row, today),
        ),
      ),
      exits: new DataLoader(async (ids) => {
        const rows = await query<{ id: string; exited_on: string; exit_reason: string }>(
          `SELECT id, exited_on::text AS exited_on, exit_reason FROM participant
           WHERE id = ANY($1::uuid[]) AND exited_on IS NOT NULL`,
          ids,
        );
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => {
          const row = byId.get(id);
          return row ? { exitedOn: row.exited_on, reason: row.exit_reason } : null;
        });
      }),
      supportPeriods: new DataLoader(async (ids) =>
        groupBy(
          ids,
          await query<SupportPeriodRow>(
            `SELECT ${supportPeriodColumns} FROM activity_support_period s
             WHERE s.participant_id = ANY($1::uuid[]) ORDER BY s.from_date, s.id`,
            ids,
          ),
          (row) => row.participant_id,
          supportPeriodModel,
        ),
      ),
    };
  }
}
