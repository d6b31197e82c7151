import { randomUUID } from 'node:crypto';
import {
  participantActivitySupportRecordedV1,
  participantEmployedV1,
  participantExitedV1,
  participantRetentionCheckedV1,
  type RetentionCheckMonth,
} from '@jobbnatet/contracts';
import { DomainError } from '@jobbnatet/domain-core';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { caseViewOf } from '../access-log/case-view';
import { isResponsibleOffice, participantScopeColumns } from '../participants/participant-access';
import { factsOf, isUuid, ParticipantCases } from '../participants/participant-cases';
import { pageSize } from '../participants/participant-page';
import {
  actionNotAllowed,
  invalidInput,
  participantExited,
} from '../participants/participant.errors';
import type { ParticipantModel } from '../participants/participant.model';
import { oneOf } from '../participants/person-rules';
import { type ActivitySupportInput, validateActivitySupport } from './activity-support-rules';
import { isoDate, swedishDate } from './date-rules';
import {
  countsAsWork,
  type EmploymentInput,
  retentionSchedule,
  validateEmployment,
} from './employment-rules';
import { type ExitInput, validateExit } from './exit-rules';
import {
  followUpListNotAllowed,
  retentionAlreadyChecked,
  retentionCheckNotFound,
  supportPeriodOverlaps,
} from './outcome.errors';
import {
  retentionCheckColumns,
  retentionCheckModel,
  type RetentionCheckRow,
} from './outcome.loader';
import type {
  ActivitySupportPeriodModel,
  EmploymentModel,
  RetentionCheckConnection,
  RetentionCheckModel,
} from './outcome.model';
import {
  checkDate,
  dueOnBounds,
  type RetentionCheckInput,
  type RetentionListState,
  retentionListStates,
  validateRetentionCheck,
} from './retention-rules';

export interface RetentionCheckFilter {
  mine?: boolean | null;
  state?: string | null;
}

const isDriverError = (error: unknown, code: string): boolean =>
  error instanceof QueryFailedError && (error.driverError as { code?: string }).code === code;

const encodeCheckCursor = (row: { due_on: string; id: string }): string =>
  Buffer.from(`${row.due_on}|${row.id}`).toString('base64url');

function decodeCheckCursor(value: string): { dueOn: string; id: string } {
  const [dueOn, id, ...rest] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const refuse = () => invalidInput('after', 'after is not a cursor this API returned');
  if (rest.length > 0 || !id || !isUuid(id)) throw refuse();
  try {
    return { dueOn: isoDate('after', dueOn), id };
  } catch {
    throw refuse();
  }
}

/**
 * Outcomes of a case: employments with their retention checks, the exit and activity support.
 * Every command is the responsible office's, reaches the participant through `ParticipantCases`
 * and writes its event in the same transaction; its answer is audited like any read.
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cases: ParticipantCases,
  ) {}

  async recordEmployment(
    access: Access,
    input: EmploymentInput & { participantId: string },
  ): Promise<EmploymentModel> {
    const employment = validateEmployment(input);
    const counts = countsAsWork(employment);
    const id = randomUUID();
    const recordedAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      const row = await this.cases.lockForCommand(manager, access, input.participantId);
      if (!isResponsibleOffice(access.caller, factsOf(row)))
        throw actionNotAllowed('record an employment');
      await manager.query(
        `INSERT INTO employment (id, participant_id, employer_id, start_date, end_date, hours_per_week,
           form, subsidy_kind, acquired, acquired_through_contact_id, counts_as_work, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          id,
          row.id,
          employment.employerId,
          employment.startDate,
          employment.endDate,
          employment.hoursPerWeek,
          employment.form,
          employment.subsidyKind,
          employment.acquired,
          employment.acquiredThroughContactId,
          counts,
          access.caller.userId,
          recordedAt,
        ],
      );
      const checks = retentionSchedule(employment.startDate);
      await manager.query(
        `INSERT INTO retention_check (id, employment_id, participant_id, months_after_start, due_on)
         SELECT gen_random_uuid(), $1, $2, c.months, c.due
         FROM unnest($3::int[], $4::date[]) AS c(months, due)`,
        [id, row.id, checks.map((c) => c.monthsAfterStart), checks.map((c) => c.dueOn)],
      );
      // An exited case stays exited: the job is kept and counted, the case is not reopened.
      if (counts && (row.status === 'REGISTERED' || row.status === 'IN_TRACK')) {
        await manager.query(
          `UPDATE participant SET status = 'EMPLOYED', version = version + 1 WHERE id = $1`,
          [row.id],
        );
      }
      await this.outbox.publish(manager, participantEmployedV1, {
        subject: row.id,
        data: {
          participantId: row.id,
          outcomeId: id,
          ...employment,
          countsAsWork: counts,
          officeId: row.office_id,
          recordedBy: access.caller.userId,
        },
      });
    });
    await this.auditAnswer(access, input.participantId, 'employments');
    return { id, ...employment, countsAsWork: counts, recordedAt };
  }

  async recordRetentionCheck(
    access: Access,
    input: RetentionCheckInput,
  ): Promise<RetentionCheckModel> {
    const check = validateRetentionCheck(input);
    if (!isUuid(input.checkId)) throw retentionCheckNotFound();
    const today = swedishDate(new Date());
    const recorded = await this.dataSource.transaction(async (manager) => {
      const [found] = (await manager.query(
        'SELECT participant_id FROM retention_check WHERE id = $1',
        [input.checkId],
      )) as { participant_id: string }[];
      if (!found) throw retentionCheckNotFound();
      const row = await this.cases
        .lockForCommand(manager, access, found.participant_id)
        .catch((error: unknown) => {
          // A check of a participant you do not reach is as missing as one that does not exist.
          if (error instanceof DomainError && error.code === 'PARTICIPANT.NOT_FOUND')
            throw retentionCheckNotFound();
          throw error;
        });
      if (!isResponsibleOffice(access.caller, factsOf(row)))
        throw actionNotAllowed('record a retention check');
      const [target] = (await manager.query(
        `SELECT ${retentionCheckColumns}, e.start_date::text AS start_date
         FROM retention_check r JOIN employment e ON e.id = r.employment_id
         WHERE r.id = $1 FOR UPDATE OF r`,
        [input.checkId],
      )) as (RetentionCheckRow & { start_date: string })[];
      if (target!.result !== null) throw retentionAlreadyChecked();
      checkDate(check.checkedOn, target!.start_date, today);
      await manager.query(
        `UPDATE retention_check SET result = $2, checked_on = $3, checked_by = $4, checked_at = now()
         WHERE id = $1`,
        [target!.id, check.result, check.checkedOn, access.caller.userId],
      );
      await this.outbox.publish(manager, participantRetentionCheckedV1, {
        subject: row.id,
        data: {
          participantId: row.id,
          outcomeId: target!.employment_id,
          checkId: target!.id,
          monthsAfterStart: target!.months_after_start as RetentionCheckMonth,
          result: check.result,
          checkedOn: check.checkedOn,
          checkedBy: access.caller.userId,
        },
      });
      return { ...target!, result: check.result, checked_on: check.checkedOn };
    });
    await this.auditAnswer(access, recorded.participant_id, 'retentionChecks');
    return retentionCheckModel(recorded, today);
  }

  async recordExit(
    access: Access,
    input: ExitInput & { participantId: string },
  ): Promise<ParticipantModel> {
    const exit = validateExit(input, swedishDate(new Date()));
    await this.dataSource.transaction(async (manager) => {
      const row = await this.cases.lockForCommand(manager, access, input.participantId);
      if (!isResponsibleOffice(access.caller, factsOf(row)))
        throw actionNotAllowed('record an exit');
      if (row.exited_on !== null) throw participantExited();
      await manager.query(
        `UPDATE participant SET exited_on = $2, exit_reason = $3, status = 'EXITED',
           version = version + 1 WHERE id = $1`,
        [row.id, exit.exitedOn, exit.reason],
      );
      await this.outbox.publish(manager, participantExitedV1, {
        subject: row.id,
        data: { participantId: row.id, ...exit, recordedBy: access.caller.userId },
      });
    });
    const [model] = await this.cases.findVisible(access, [input.participantId]);
    return model!;
  }

  async recordActivitySupport(
    access: Access,
    input: ActivitySupportInput & { participantId: string },
  ): Promise<ActivitySupportPeriodModel> {
    const period = validateActivitySupport(input);
    const id = randomUUID();
    const recordedAt = new Date();
    const dailyAmount = period.dailyAmountOre / 100;
    try {
      await this.dataSource.transaction(async (manager) => {
        const row = await this.cases.lockForCommand(manager, access, input.participantId);
        if (!isResponsibleOffice(access.caller, factsOf(row)))
          throw actionNotAllowed('record activity support');
        // The participant's row is locked: no other period of theirs is written meanwhile.
        const overlapping = (await manager.query(
          `SELECT 1 FROM activity_support_period
           WHERE participant_id = $1 AND from_date <= $3 AND $2 <= to_date LIMIT 1`,
          [row.id, period.fromDate, period.toDate],
        )) as unknown[];
        if (overlapping.length > 0) throw supportPeriodOverlaps();
        await manager.query(
          `INSERT INTO activity_support_period (id, participant_id, from_date, to_date, daily_amount,
             recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [
            id,
            row.id,
            period.fromDate,
            period.toDate,
            (period.dailyAmountOre / 100).toFixed(2),
            access.caller.userId,
            recordedAt,
          ],
        );
        await this.outbox.publish(manager, participantActivitySupportRecordedV1, {
          subject: row.id,
          data: {
            participantId: row.id,
            periodId: id,
            fromDate: period.fromDate,
            toDate: period.toDate,
            dailyAmount,
            recordedBy: access.caller.userId,
          },
        });
      });
    } catch (error) {
      // The exclusion constraint: a writer that bypassed the check above.
      if (isDriverError(error, '23P01')) throw supportPeriodOverlaps();
      throw error;
    }
    await this.auditAnswer(access, input.participantId, 'activitySupportPeriods');
    return { id, fromDate: period.fromDate, toDate: period.toDate, dailyAmount, recordedAt };
  }

  /**
   * The follow-up list: unchecked retention checks due or overdue today, of the caller's office's
   * participants (their own with `mine`), earliest due first. Each participant listed is audited.
   */
  async followUpList(
    access: Access,
    filter: RetentionCheckFilter,
    first: number,
    after?: string | null,
  ): Promise<RetentionCheckConnection> {
    const { caller } = access;
    if (caller.role !== 'officer' || !caller.officeId) throw followUpListNotAllowed();
    const limit = pageSize(first);
    const states: RetentionListState[] =
      filter.state == null
        ? [...retentionListStates]
        : [oneOf('filter.state', filter.state, retentionListStates)];
    const today = swedishDate(new Date());
    const bounds = dueOnBounds(states, today);
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [
      scopeCondition(access.scope, participantScopeColumns, params),
      `p.office_id = ${param(caller.officeId)}`,
      'p.erased_at IS NULL',
      'r.result IS NULL',
    ];
    if (filter.mine) where.push(`p.responsible_officer_id = ${param(caller.userId)}::uuid`);
    if (bounds.from) where.push(`r.due_on >= ${param(bounds.from)}::date`);
    if (bounds.to) where.push(`r.due_on <= ${param(bounds.to)}::date`);
    if (after) {
      const cursor = decodeCheckCursor(after);
      where.push(`(r.due_on, r.id) > (${param(cursor.dueOn)}::date, ${param(cursor.id)}::uuid)`);
    }
    const rows = (await this.dataSource.query(
      `SELECT ${retentionCheckColumns} FROM retention_check r
       JOIN participant p ON p.id = r.participant_id
       WHERE ${where.join(' AND ')} ORDER BY r.due_on, r.id LIMIT ${param(limit + 1)}`,
      params,
    )) as RetentionCheckRow[];
    const page = rows.slice(0, limit);
    const participants = await this.cases
      .loader(access)
      .loadMany([...new Set(page.map((row) => row.participant_id))]);
    const disclosed = new Set<string>();
    for (const participant of participants) {
      if (!participant || participant instanceof Error) continue;
      const view = caseViewOf(participant);
      if (view.disclosure.level !== 'personal') continue;
      await view.audit('retentionChecks');
      disclosed.add(participant.id);
    }
    const edges = page
      .filter((row) => disclosed.has(row.participant_id))
      .map((row) => ({ cursor: encodeCheckCursor(row), node: retentionCheckModel(row, today) }));
    return {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > limit },
    };
  }

  /** A command's answer shows the case: written to the access log like any read. */
  private async auditAnswer(access: Access, participantId: string, field: string): Promise<void> {
    const [model] = await this.cases.findVisible(access, [participantId]);
    if (model) await caseViewOf(model).audit(field);
  }
}
