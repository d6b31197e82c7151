import { attendanceRecordedV1 } from '@jobbnatet/contracts';
import { swedishDay } from '@jobbnatet/domain-se';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivitiesService } from '../activities/activities.service';
import { mayRunOffering, offeringScopeColumns } from '../activities/offering-access';
import { isUuid } from '../activities/offering-rules';
import { enrolmentScopeColumns, enrolmentTables } from '../enrolments/enrolment-access';
import type { EnrolmentStatus } from '../enrolments/enrolment-rules';
import { sessionNotFound } from '../sessions/session.errors';
import type { SessionStatus } from '../sessions/session-rules';
import {
  type AbsenceReason,
  type AttendanceCounts,
  type AttendanceStatus,
  checkEnrolments,
  checkSessionHeld,
  type RecordAttendanceInput,
  validateRecording,
} from './attendance-rules';
import type { AttendanceEntryModel } from './attendance.model';

interface AttendanceRow {
  session_id: string;
  enrolment_id: string;
  participant_id: string;
  status: AttendanceStatus;
  absence_reason: AbsenceReason | null;
  recorded_at: Date;
  recorded_by: string;
  version: number;
}

function toModel(row: AttendanceRow): AttendanceEntryModel {
  return {
    sessionId: row.session_id,
    enrolmentId: row.enrolment_id,
    participantId: row.participant_id,
    status: row.status,
    absenceReason: row.absence_reason,
    recordedAt: row.recorded_at,
    recordedBy: row.recorded_by,
    version: row.version,
  };
}

/** What a summary is grouped by: an enrolment, an offering's enrolments, a participant's. */
export type SummaryGrouping = 'enrolment' | 'offering' | 'participant';

const groupColumn: Record<SummaryGrouping, string> = {
  enrolment: 'e.id',
  offering: 'e.offering_id',
  participant: 'e.participant_id',
};

/** An offering's summary counts its active and finished enrolments, not the interrupted ones. */
const groupFilter: Record<SummaryGrouping, string> = {
  enrolment: 'TRUE',
  offering: `e.status <> 'INTERRUPTED'`,
  participant: 'TRUE',
};

/**
 * Attendance: recording it for a session (one transaction, one event per entry) and reading it
 * under the enrolment policy, batched per request.
 */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly activities: ActivitiesService,
  ) {}

  /**
   * Records (or corrects) the attendance of 1–100 enrolments at one session, all or none, for
   * whoever runs the session's offering. A correction bumps the entry's version and publishes again.
   */
  async record(access: Access, input: RecordAttendanceInput): Promise<AttendanceEntryModel[]> {
    const { sessionId, entries } = validateRecording(input);
    return this.dataSource.transaction(async (manager) => {
      const session = await this.lockSession(manager, access, sessionId);
      checkSessionHeld(session);
      const found = (await manager.query(
        `SELECT e.id, e.status FROM enrolment e
         WHERE e.offering_id = $1 AND e.id = ANY($2::uuid[]) FOR SHARE`,
        [session.offering_id, entries.map((entry) => entry.enrolmentId)],
      )) as { id: string; status: EnrolmentStatus }[];
      checkEnrolments(entries, new Map(found.map((row) => [row.id, row.status])));
      const rows = (await manager.query(
        `WITH recorded AS (
           INSERT INTO attendance AS a (session_id, enrolment_id, status, absence_reason,
             recorded_at, recorded_by, version)
           SELECT $1, x.enrolment_id, x.status, x.reason, now(), $2, 1
           FROM unnest($3::uuid[], $4::text[], $5::text[]) AS x(enrolment_id, status, reason)
           ON CONFLICT (session_id, enrolment_id) DO UPDATE SET status = EXCLUDED.status,
             absence_reason = EXCLUDED.absence_reason, recorded_at = EXCLUDED.recorded_at,
             recorded_by = EXCLUDED.recorded_by, version = a.version + 1
           RETURNING a.*
         )
         SELECT r.session_id, r.enrolment_id, e.participant_id, r.status, r.absence_reason,
           r.recorded_at, r.recorded_by, r.version
         FROM recorded r JOIN enrolment e ON e.id = r.enrolment_id`,
        [
          sessionId,
          access.caller.userId,
          entries.map((entry) => entry.enrolmentId),
          entries.map((entry) => entry.status),
          entries.map((entry) => entry.absenceReason),
        ],
      )) as AttendanceRow[];
      const byEnrolment = new Map(rows.map((row) => [row.enrolment_id, row]));
      const recorded = entries.map((entry) => byEnrolment.get(entry.enrolmentId)!);
      const sessionDate = swedishDay(session.starts_at);
      for (const row of recorded) {
        await this.outbox.publish(manager, attendanceRecordedV1, {
          subject: row.enrolment_id,
          data: {
            sessionId,
            offeringId: session.offering_id,
            enrolmentId: row.enrolment_id,
            participantId: row.participant_id,
            status: row.status,
            absenceReason: row.absence_reason,
            sessionDate,
            version: row.version,
            recordedAt: row.recorded_at.toISOString(),
            recordedBy: row.recorded_by,
          },
        });
      }
      return recorded.map(toModel);
    });
  }

  /** The attendance the caller reads (that of enrolments they read) at each of the sessions. */
  async bySessions(access: Access, sessionIds: readonly string[]): Promise<AttendanceEntryModel[]> {
    const params: unknown[] = [sessionIds.filter(isUuid)];
    const inScope = scopeCondition(access.scope, enrolmentScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT a.session_id, a.enrolment_id, e.participant_id, a.status, a.absence_reason,
         a.recorded_at, a.recorded_by, a.version
       FROM ${enrolmentTables} JOIN attendance a ON a.enrolment_id = e.id
       WHERE a.session_id = ANY($1::uuid[]) AND ${inScope}
       ORDER BY e.created_at, e.id`,
      params,
    )) as AttendanceRow[];
    return rows.map(toModel);
  }

  /**
   * The counts of each key (enrolment, offering or participant id) over the enrolments the caller
   * reads: one query for all keys. A session counts as held once started and not cancelled, for
   * an ended enrolment only up to the day it ended. Keys without any held session are absent.
   */
  async counts(
    access: Access,
    grouping: SummaryGrouping,
    ids: readonly string[],
  ): Promise<Map<string, AttendanceCounts>> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, enrolmentScopeColumns, params);
    const key = groupColumn[grouping];
    const rows = (await this.dataSource.query(
      `SELECT ${key} AS key, count(*)::int AS held,
         count(*) FILTER (WHERE a.status = 'PRESENT')::int AS present,
         count(*) FILTER (WHERE a.status = 'ABSENT_VALID_REASON')::int AS absent_valid,
         count(*) FILTER (WHERE a.status = 'ABSENT_NO_VALID_REASON')::int AS absent_not_valid
       FROM ${enrolmentTables}
       JOIN session s ON s.offering_id = e.offering_id AND s.status = 'SCHEDULED'
         AND s.starts_at <= now()
         AND (e.ended_on IS NULL OR (s.starts_at AT TIME ZONE 'Europe/Stockholm')::date <= e.ended_on)
       LEFT JOIN attendance a ON a.session_id = s.id AND a.enrolment_id = e.id
       WHERE ${key} = ANY($1::uuid[]) AND ${groupFilter[grouping]} AND ${inScope}
       GROUP BY ${key}`,
      params,
    )) as {
      key: string;
      held: number;
      present: number;
      absent_valid: number;
      absent_not_valid: number;
    }[];
    return new Map(
      rows.map((row) => [
        row.key,
        {
          sessionsHeld: row.held,
          present: row.present,
          absentWithValidReason: row.absent_valid,
          absentWithoutValidReason: row.absent_not_valid,
        },
      ]),
    );
  }

  /**
   * The session, found only through an offering the caller reads and kept only if they run it
   * (SESSION.NOT_FOUND otherwise, as for a missing id), and shared-locked so it is not cancelled
   * or moved while its attendance is written.
   */
  private async lockSession(manager: EntityManager, access: Access, sessionId: string) {
    const params: unknown[] = [sessionId];
    const inScope = scopeCondition(access.scope, offeringScopeColumns, params);
    const [found] = (await manager.query(
      `SELECT s.offering_id FROM session s JOIN offering o ON o.id = s.offering_id
       WHERE s.id = $1 AND ${inScope}`,
      params,
    )) as { offering_id: string }[];
    if (!found) throw sessionNotFound();
    const offering = await this.activities.lockForCommand(manager, access, found.offering_id);
    if (!mayRunOffering(access.caller, offering)) throw sessionNotFound();
    const [session] = (await manager.query(
      `SELECT s.offering_id, s.status, s.starts_at, s.starts_at <= now() AS started
       FROM session s WHERE s.id = $1 FOR SHARE`,
      [sessionId],
    )) as { offering_id: string; status: SessionStatus; starts_at: Date; started: boolean }[];
    return session!;
  }
}
