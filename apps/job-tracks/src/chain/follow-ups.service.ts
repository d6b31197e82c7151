import { randomUUID } from 'node:crypto';
import { adjustmentMadeV1, followUpRecordedV1 } from '@jobbnatet/contracts';
import { swedishDay } from '@jobbnatet/domain-se';
import { type Access, Outbox, PiiCipher, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JobTrackModel } from '../core/job-track.model';
import { trackScopeColumns } from '../core/track-access';
import { TrackCoreService } from '../core/track-core.service';
import { daysBetween } from './calendar';
import { ChainService, requirePhase } from './chain.service';
import { alreadyRecorded, followUpNotFound, noSchedule, notAMeeting } from './chain.errors';
import {
  type AdjustmentInput,
  type FollowUpInput,
  type Meeting,
  meetingsOf,
  type Schedule,
  type ScheduleInput,
  scheduledDates,
  validateAdjustment,
  validateFollowUp,
  validateSchedule,
} from './follow-up-rules';
import type {
  AdjustmentModel,
  FollowUpModel,
  FollowUpScheduleModel,
  OverdueFollowUpModel,
} from './follow-up.model';

interface ScheduleRow {
  track_id: string;
  every_days: number;
  from_date: string;
  until_date: string;
  employment_start: string | null;
  after_employment_months: number[];
  template_code: string | null;
}

const scheduleColumns = `s.track_id, s.every_days, to_char(s.from_date, 'YYYY-MM-DD') AS from_date,
  to_char(s.until_date, 'YYYY-MM-DD') AS until_date,
  to_char(s.employment_start, 'YYYY-MM-DD') AS employment_start, s.after_employment_months,
  s.template_code`;

const toSchedule = (row: ScheduleRow): FollowUpScheduleModel & Schedule => ({
  trackId: row.track_id,
  everyDays: row.every_days,
  fromDate: row.from_date,
  untilDate: row.until_date,
  employmentStart: row.employment_start,
  afterEmploymentMonths: row.after_employment_months,
  templateCode: row.template_code,
});

const noteAt = (followUpId: string, participantId: string) => ({
  table: 'follow_up_participant',
  column: 'note_encrypted',
  rowId: `${followUpId}/${participantId}`,
});
const reasonAt = (id: string) => ({ table: 'adjustment', column: 'reason_encrypted', rowId: id });

/**
 * Follow-ups during implementation: the schedule (every N days, and months after the employment
 * start), the meetings with what is due and overdue, the records of the three dimensions, and
 * adjustments of support, interventions or timeline.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
    private readonly chain: ChainService,
    private readonly cipher: PiiCipher,
  ) {}

  /** Sets (or replaces) the schedule while the track is planned, recruiting or implementing. */
  async setSchedule(
    access: Access,
    input: ScheduleInput & { trackId: string },
  ): Promise<JobTrackModel> {
    const schedule = validateSchedule(input);
    await this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForChange(manager, access, input.trackId);
      requirePhase(track, ['PLANNING', 'RECRUITMENT', 'IMPLEMENTATION'], 'the schedule is set');
      await manager.query(
        `INSERT INTO follow_up_schedule (track_id, every_days, from_date, until_date,
           employment_start, after_employment_months, template_code, set_at, set_by)
         VALUES ($1, $2, $3, $4, $5, $6, NULL, now(), $7)
         ON CONFLICT (track_id) DO UPDATE SET every_days = $2, from_date = $3, until_date = $4,
           employment_start = $5, after_employment_months = $6, template_code = NULL,
           set_at = now(), set_by = $7`,
        [
          track.id,
          schedule.everyDays,
          schedule.fromDate,
          schedule.untilDate,
          schedule.employmentStart,
          schedule.afterEmploymentMonths,
          access.caller.userId,
        ],
      );
      await this.core.touch(manager, track);
    });
    return this.core.requireVisible(access, input.trackId);
  }

  /** Records a follow-up in IMPLEMENTATION; with `dueDate`, the scheduled meeting it fulfils. */
  async record(access: Access, input: FollowUpInput & { trackId: string }): Promise<FollowUpModel> {
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForChange(manager, access, input.trackId);
      requirePhase(track, ['IMPLEMENTATION'], 'follow-ups are recorded');
      const followUp = validateFollowUp(input, track.employerIds);
      if (followUp.dueDate !== null) {
        const [schedule] = await this.schedulesOf([track.id]);
        if (!schedule) throw noSchedule();
        if (!scheduledDates(schedule).some((m) => m.dueDate === followUp.dueDate)) {
          throw notAMeeting();
        }
        const taken = (await manager.query(
          'SELECT 1 FROM follow_up WHERE track_id = $1 AND due_date = $2',
          [track.id, followUp.dueDate],
        )) as unknown[];
        if (taken.length > 0) throw alreadyRecorded();
      }
      const [row] = (await manager.query(
        `INSERT INTO follow_up (id, track_id, due_date, held_on, quality, transitions,
           quality_comment, recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now(), $8) RETURNING recorded_at`,
        [
          id,
          track.id,
          followUp.dueDate,
          followUp.heldOn,
          followUp.quality,
          followUp.transitions,
          followUp.qualityComment,
          access.caller.userId,
        ],
      )) as { recorded_at: Date }[];
      for (const p of followUp.participants) {
        await manager.query(
          `INSERT INTO follow_up_participant (follow_up_id, participant_id, progression,
             support_needs, note_encrypted) VALUES ($1, $2, $3, $4, $5)`,
          [
            id,
            p.participantId,
            p.progression,
            p.supportNeeds,
            p.note === null ? null : this.cipher.encrypt(p.note, noteAt(id, p.participantId)),
          ],
        );
      }
      for (const e of followUp.employers) {
        await manager.query(
          `INSERT INTO follow_up_employer (follow_up_id, employer_id, experience, support_needs,
             comment) VALUES ($1, $2, $3, $4, $5)`,
          [id, e.employerId, e.experience, e.supportNeeds, e.comment],
        );
      }
      await this.core.touch(manager, track);
      await this.outbox.publish(manager, followUpRecordedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          followUpId: id,
          dueDate: followUp.dueDate,
          heldOn: followUp.heldOn,
          quality: followUp.quality,
          transitions: followUp.transitions,
          participantIds: followUp.participants.map((p) => p.participantId),
          employerIds: followUp.employers.map((e) => e.employerId),
          recordedAt: row!.recorded_at.toISOString(),
          recordedBy: access.caller.userId,
        },
      });
    });
    const [recorded] = await this.recordsOf([input.trackId], [id]);
    return recorded!;
  }

  /** An adjustment in IMPLEMENTATION, optionally after a follow-up and about a chain step. */
  async adjust(
    access: Access,
    input: AdjustmentInput & { trackId: string },
  ): Promise<AdjustmentModel> {
    const adjustment = validateAdjustment(input);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForChange(manager, access, input.trackId);
      requirePhase(track, ['IMPLEMENTATION'], 'adjustments are made');
      if (adjustment.followUpId !== null) {
        const found = (await manager.query(
          'SELECT 1 FROM follow_up WHERE id = $1 AND track_id = $2',
          [adjustment.followUpId, track.id],
        )) as unknown[];
        if (found.length === 0) throw followUpNotFound();
      }
      if (adjustment.stepId !== null) await this.chain.stepOf(manager, track.id, adjustment.stepId);
      const [row] = (await manager.query(
        `INSERT INTO adjustment (id, track_id, follow_up_id, area, step_id, reason_encrypted,
           made_at, made_by) VALUES ($1, $2, $3, $4, $5, $6, now(), $7) RETURNING made_at`,
        [
          id,
          track.id,
          adjustment.followUpId,
          adjustment.area,
          adjustment.stepId,
          this.cipher.encrypt(adjustment.reason, reasonAt(id)),
          access.caller.userId,
        ],
      )) as { made_at: Date }[];
      await this.core.touch(manager, track);
      await this.outbox.publish(manager, adjustmentMadeV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          adjustmentId: id,
          followUpId: adjustment.followUpId,
          area: adjustment.area,
          stepId: adjustment.stepId,
          madeAt: row!.made_at.toISOString(),
          madeBy: access.caller.userId,
        },
      });
    });
    const [made] = await this.adjustmentsOf([input.trackId], [id]);
    return made!;
  }

  async schedulesOf(trackIds: readonly string[]): Promise<(FollowUpScheduleModel & Schedule)[]> {
    const rows = (await this.dataSource.query(
      `SELECT ${scheduleColumns} FROM follow_up_schedule s WHERE s.track_id = ANY($1::uuid[])`,
      [trackIds],
    )) as ScheduleRow[];
    return rows.map(toSchedule);
  }

  /** Every scheduled meeting of the given (already visible) tracks, with where it stands today. */
  async meetingsOf(
    trackIds: readonly string[],
    today = swedishDay(),
  ): Promise<(Meeting & { trackId: string })[]> {
    const schedules = await this.schedulesOf(trackIds);
    const recorded = (await this.dataSource.query(
      `SELECT track_id, to_char(due_date, 'YYYY-MM-DD') AS due_date, id FROM follow_up
       WHERE track_id = ANY($1::uuid[]) AND due_date IS NOT NULL`,
      [trackIds],
    )) as { track_id: string; due_date: string; id: string }[];
    return schedules.flatMap((schedule) => {
      const ids = new Map(
        recorded.filter((r) => r.track_id === schedule.trackId).map((r) => [r.due_date, r.id]),
      );
      return meetingsOf(schedule, ids, today).map((m) => ({ ...m, trackId: schedule.trackId }));
    });
  }

  /**
   * The overdue meetings of the implementing tracks in the caller's scope, oldest first: the
   * scope condition is in the SQL, so nothing outside it is even read.
   */
  async overdue(access: Access, first: number): Promise<OverdueFollowUpModel[]> {
    const params: unknown[] = [];
    const inScope = scopeCondition(access.scope, trackScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT t.id FROM job_track t JOIN follow_up_schedule s ON s.track_id = t.id
       WHERE t.phase = 'IMPLEMENTATION' AND ${inScope}`,
      params,
    )) as { id: string }[];
    const today = swedishDay();
    const overdue = (
      await this.meetingsOf(
        rows.map((r) => r.id),
        today,
      )
    )
      .filter((m) => m.status === 'OVERDUE')
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.trackId.localeCompare(b.trackId))
      .slice(0, Math.min(Math.max(first, 1), 500));
    const tracks = await this.core.findVisible(access, [...new Set(overdue.map((m) => m.trackId))]);
    const byId = new Map(tracks.filter((t) => t !== null).map((t) => [t.id, t]));
    return overdue
      .filter((m) => byId.has(m.trackId))
      .map((m) => ({
        trackId: m.trackId,
        track: byId.get(m.trackId)!,
        dueDate: m.dueDate,
        kind: m.kind,
        daysOverdue: daysBetween(m.dueDate, today),
      }));
  }

  /** The follow-ups of the given (already visible) tracks, newest first; notes decrypted. */
  async recordsOf(
    trackIds: readonly string[],
    ids: string[] | null = null,
  ): Promise<FollowUpModel[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, track_id, to_char(due_date, 'YYYY-MM-DD') AS due_date,
         to_char(held_on, 'YYYY-MM-DD') AS held_on, quality, transitions, quality_comment,
         recorded_at, recorded_by
       FROM follow_up WHERE track_id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
       ORDER BY held_on DESC, recorded_at DESC`,
      [trackIds, ids],
    )) as {
      id: string;
      track_id: string;
      due_date: string | null;
      held_on: string;
      quality: string;
      transitions: string;
      quality_comment: string | null;
      recorded_at: Date;
      recorded_by: string;
    }[];
    const followUpIds = rows.map((r) => r.id);
    const participants = (await this.dataSource.query(
      `SELECT follow_up_id, participant_id, progression, support_needs, note_encrypted
       FROM follow_up_participant WHERE follow_up_id = ANY($1::uuid[]) ORDER BY participant_id`,
      [followUpIds],
    )) as {
      follow_up_id: string;
      participant_id: string;
      progression: string;
      support_needs: string[];
      note_encrypted: string | null;
    }[];
    const employers = (await this.dataSource.query(
      `SELECT follow_up_id, employer_id, experience, support_needs, comment
       FROM follow_up_employer WHERE follow_up_id = ANY($1::uuid[]) ORDER BY employer_id`,
      [followUpIds],
    )) as {
      follow_up_id: string;
      employer_id: string;
      experience: string;
      support_needs: string[];
      comment: string | null;
    }[];
    return rows.map((row) => ({
      id: row.id,
      trackId: row.track_id,
      dueDate: row.due_date,
      heldOn: row.held_on,
      quality: row.quality,
      transitions: row.transitions,
      qualityComment: row.quality_comment,
      participants: participants
        .filter((p) => p.follow_up_id === row.id)
        .map((p) => ({
          participantId: p.participant_id,
          progression: p.progression,
          supportNeeds: p.support_needs,
          note:
            p.note_encrypted === null
              ? null
              : this.cipher.decrypt(p.note_encrypted, noteAt(row.id, p.participant_id)),
        })),
      employers: employers
        .filter((e) => e.follow_up_id === row.id)
        .map((e) => ({
          employerId: e.employer_id,
          experience: e.experience,
          supportNeeds: e.support_needs,
          comment: e.comment,
        })),
      recordedAt: row.recorded_at,
      recordedBy: row.recorded_by,
    }));
  }

  /** The adjustments of the given (already visible) tracks, newest first; reasons decrypted. */
  async adjustmentsOf(
    trackIds: readonly string[],
    ids: string[] | null = null,
  ): Promise<AdjustmentModel[]> {
    const rows = (await this.dataSource.query(
      `SELECT id, track_id, follow_up_id, area, step_id, reason_encrypted, made_at, made_by
       FROM adjustment WHERE track_id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
       ORDER BY made_at DESC, id`,
      [trackIds, ids],
    )) as {
      id: string;
      track_id: string;
      follow_up_id: string | null;
      area: string;
      step_id: string | null;
      reason_encrypted: string;
      made_at: Date;
      made_by: string;
    }[];
    return rows.map((row) => ({
      id: row.id,
      trackId: row.track_id,
      followUpId: row.follow_up_id,
      area: row.area,
      stepId: row.step_id,
      reason: this.cipher.decrypt(row.reason_encrypted, reasonAt(row.id)),
      madeAt: row.made_at,
      madeBy: row.made_by,
    }));
  }
}
