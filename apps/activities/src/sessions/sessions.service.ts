import { randomUUID } from 'node:crypto';
import { sessionCancelledV1, sessionRescheduledV1, sessionScheduledV1 } from '@jobbnatet/contracts';
import { swedishDay } from '@jobbnatet/domain-se';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ActivitiesService, type LockedOffering } from '../activities/activities.service';
import { mayRunOffering, offeringScopeColumns } from '../activities/offering-access';
import { offeringNotFound } from '../activities/offering.errors';
import {
  type CancellationReason,
  isOfferingClosed,
  type RescheduleSessionInput,
  type ScheduleSessionsInput,
  type SessionKind,
  type SessionStatus,
  validatePlans,
  validateReason,
  validateReplacements,
  validateScheduleShape,
  validateSessionId,
  validateTimes,
} from './session-rules';
import { alreadyCancelled, offeringClosed, sessionNotFound } from './session.errors';
import type { SessionModel } from './session.model';

/** A session row as `sessionColumns` reads it. */
interface SessionRow {
  id: string;
  offering_id: string;
  kind: SessionKind;
  starts_at: Date;
  ends_at: Date;
  room: string | null;
  leader: string | null;
  status: SessionStatus;
  cancellation_reason: CancellationReason | null;
  version: number;
  created_at: Date;
}

const sessionColumns = `s.id, s.offering_id, s.kind, s.starts_at, s.ends_at, s.room, s.leader,
  s.status, s.cancellation_reason, s.version, s.created_at`;

function toModel(row: SessionRow): SessionModel {
  return {
    id: row.id,
    offeringId: row.offering_id,
    kind: row.kind,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    date: swedishDay(row.starts_at),
    room: row.room,
    leader: row.leader,
    status: row.status,
    cancellationReason: row.cancellation_reason,
    version: row.version,
    createdAt: row.created_at,
  };
}

/** The sessions of one offering in a window of Swedish days; the loader's key. */
export interface SessionWindow {
  offeringId: string;
  from: string;
  to: string;
}

export const windowKey = ({ offeringId, from, to }: SessionWindow): string =>
  `${offeringId}|${from}|${to}`;

/**
 * An offering's schedule: one method, one transaction, its outbox events. Writes go through the
 * core's `lockForCommand` and `mayRunOffering`; an offering or a session the caller may not run
 * gets the same answer as a missing one.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly activities: ActivitiesService,
  ) {}

  /** Schedules 1–50 sessions of one offering at once (a week's plan), all or none. */
  async scheduleSessions(access: Access, input: ScheduleSessionsInput): Promise<SessionModel[]> {
    const offeringId = validateScheduleShape(input);
    return this.dataSource.transaction(async (manager) => {
      const offering = await this.activities.lockForCommand(manager, access, offeringId);
      if (!mayRunOffering(access.caller, offering)) throw offeringNotFound();
      if (isOfferingClosed(offering.status)) throw offeringClosed();
      const plans = validatePlans(input.sessions, offering);
      const rows = (await manager.query(
        `INSERT INTO session AS s (id, offering_id, kind, starts_at, ends_at, room, leader, status,
           created_at, created_by, version)
         SELECT p.id, $1, p.kind, p.starts_at, p.ends_at, p.room, p.leader, 'SCHEDULED', now(), $2, 1
         FROM unnest($3::uuid[], $4::text[], $5::timestamptz[], $6::timestamptz[], $7::text[],
           $8::text[]) WITH ORDINALITY AS p(id, kind, starts_at, ends_at, room, leader, n)
         ORDER BY p.n
         RETURNING ${sessionColumns}`,
        [
          offering.id,
          access.caller.userId,
          plans.map(() => randomUUID()),
          plans.map((plan) => plan.kind),
          plans.map((plan) => plan.startsAt.toISOString()),
          plans.map((plan) => plan.endsAt.toISOString()),
          plans.map((plan) => plan.room),
          plans.map((plan) => plan.leader),
        ],
      )) as SessionRow[];
      for (const row of rows) {
        await this.outbox.publish(manager, sessionScheduledV1, {
          subject: row.id,
          data: {
            sessionId: row.id,
            offeringId: row.offering_id,
            kind: row.kind,
            startsAt: row.starts_at.toISOString(),
            endsAt: row.ends_at.toISOString(),
            status: 'SCHEDULED',
            version: row.version,
            scheduledAt: row.created_at.toISOString(),
            scheduledBy: access.caller.userId,
          },
        });
      }
      return rows.map(toModel).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    });
  }

  /** Moves a scheduled session to other times (the same rules as scheduling), room and leader. */
  async rescheduleSession(access: Access, input: RescheduleSessionInput): Promise<SessionModel> {
    const sessionId = validateSessionId(input.sessionId);
    return this.dataSource.transaction(async (manager) => {
      const { session, offering } = await this.lockSession(manager, access, sessionId);
      const times = validateTimes(input.startsAt, input.endsAt, offering);
      const { room, leader } = validateReplacements(input, session);
      const row = await this.update(
        manager,
        `starts_at = $2, ends_at = $3, room = $4, leader = $5`,
        [session.id, times.startsAt.toISOString(), times.endsAt.toISOString(), room, leader],
      );
      await this.outbox.publish(manager, sessionRescheduledV1, {
        subject: row.id,
        data: {
          sessionId: row.id,
          offeringId: row.offering_id,
          kind: row.kind,
          startsAt: row.starts_at.toISOString(),
          endsAt: row.ends_at.toISOString(),
          previousStartsAt: session.starts_at.toISOString(),
          previousEndsAt: session.ends_at.toISOString(),
          status: 'SCHEDULED',
          version: row.version,
          rescheduledAt: row.changed_at.toISOString(),
          rescheduledBy: access.caller.userId,
        },
      });
      return toModel(row);
    });
  }

  /** Cancels a scheduled session with a reason code; it stays in the schedule, marked. */
  async cancelSession(
    access: Access,
    input: { sessionId: string; reason: string },
  ): Promise<SessionModel> {
    const sessionId = validateSessionId(input.sessionId);
    const reason = validateReason(input.reason);
    return this.dataSource.transaction(async (manager) => {
      const { session } = await this.lockSession(manager, access, sessionId);
      const row = await this.update(manager, `status = 'CANCELLED', cancellation_reason = $2`, [
        session.id,
        reason,
      ]);
      await this.outbox.publish(manager, sessionCancelledV1, {
        subject: row.id,
        data: {
          sessionId: row.id,
          offeringId: row.offering_id,
          kind: row.kind,
          startsAt: row.starts_at.toISOString(),
          endsAt: row.ends_at.toISOString(),
          status: 'CANCELLED',
          reason,
          version: row.version,
          cancelledAt: row.changed_at.toISOString(),
          cancelledBy: access.caller.userId,
        },
      });
      return toModel(row);
    });
  }

  /**
   * The sessions of each window, by start (cancelled ones included), for offerings the caller
   * reads: one query for every window asked for together. Rows carry their window's key.
   */
  async sessionsIn(
    access: Access,
    windows: readonly SessionWindow[],
  ): Promise<(SessionModel & { key: string })[]> {
    const params: unknown[] = [
      windows.map(windowKey),
      windows.map((window) => window.offeringId),
      windows.map((window) => window.from),
      windows.map((window) => window.to),
    ];
    const inScope = scopeCondition(access.scope, offeringScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT k.key, ${sessionColumns}
       FROM unnest($1::text[], $2::uuid[], $3::date[], $4::date[]) AS k(key, offering_id, from_date, to_date)
       JOIN offering o ON o.id = k.offering_id
       JOIN session s ON s.offering_id = k.offering_id
         AND s.starts_at >= k.from_date::timestamp AT TIME ZONE 'Europe/Stockholm'
         AND s.starts_at < (k.to_date + 1)::timestamp AT TIME ZONE 'Europe/Stockholm'
       WHERE ${inScope}
       ORDER BY s.starts_at, s.id`,
      params,
    )) as (SessionRow & { key: string })[];
    return rows.map((row) => ({ ...toModel(row), key: row.key }));
  }

  /**
   * A session and its offering locked for a command. The session is found only through an
   * offering the caller reads, and kept only if they run it: otherwise SESSION.NOT_FOUND, as for
   * a missing id. A finished or cancelled offering, or a cancelled session, is a conflict.
   */
  private async lockSession(
    manager: EntityManager,
    access: Access,
    sessionId: string,
  ): Promise<{ session: SessionRow; offering: LockedOffering }> {
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
    if (isOfferingClosed(offering.status)) throw offeringClosed();
    const [session] = (await manager.query(
      `SELECT ${sessionColumns} FROM session s WHERE s.id = $1 FOR UPDATE`,
      [sessionId],
    )) as SessionRow[];
    if (session!.status === 'CANCELLED') throw alreadyCancelled();
    return { session: session!, offering };
  }

  /** Sets `assignments` on session $1 and bumps its version; the row as it is now. */
  private async update(
    manager: EntityManager,
    assignments: string,
    params: unknown[],
  ): Promise<SessionRow & { changed_at: Date }> {
    // A CTE so the driver returns the rows of an UPDATE like those of a SELECT.
    const [row] = (await manager.query(
      `WITH changed AS (
         UPDATE session s SET ${assignments}, version = s.version + 1 WHERE s.id = $1
         RETURNING ${sessionColumns}, now() AS changed_at
       ) SELECT * FROM changed`,
      params,
    )) as (SessionRow & { changed_at: Date })[];
    return row!;
  }
}
