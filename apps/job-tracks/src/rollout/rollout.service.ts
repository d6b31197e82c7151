import { randomUUID } from 'node:crypto';
import {
  officeAdoptionAssessedV1,
  rolloutOfficeJoinedV1,
  rolloutSupportGivenV1,
} from '@jobbnatet/contracts';
import { isOfficeId, office } from '@jobbnatet/domain-se';
import { type Access, Outbox, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { rolloutScopeColumns } from './rollout-access';
import {
  type AdoptionLevel,
  adoptionLevel,
  adoptionShare,
  countyCode,
  evidence,
  mayWriteRollout,
  processLeaders,
  rolloutDay,
  rolloutOffice,
  supportKind,
} from './rollout-rules';
import {
  alreadyJoined,
  noRolloutTarget,
  rolloutOfficeNotFound,
  rolloutWriteNotAllowed,
} from './rollout.errors';
import type {
  AdoptionAssessmentModel,
  MethodRolloutModel,
  RolloutOfficeModel,
  RolloutSupportModel,
} from './rollout.model';

interface OfficeRow {
  office_id: string;
  joined_on: string;
  process_leader_ids: string[];
}

const assessmentColumns = `id, office_id AS "officeId", level, to_char(assessed_on, 'YYYY-MM-DD') AS "assessedOn",
  evidence, recorded_at AS "recordedAt", recorded_by AS "recordedBy"`;
const supportColumns = `id, office_id AS "officeId", kind, to_char(given_on, 'YYYY-MM-DD') AS "givenOn",
  recorded_at AS "recordedAt", recorded_by AS "recordedBy"`;

/** The Jobbnätet method's rollout to AF offices: one method, one transaction, its event. */
@Injectable()
export class RolloutService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /** An office joins the rollout of its region, with its process leaders; admins only. */
  async join(
    access: Access,
    input: { officeId: string; joinedOn: string; processLeaderIds: string[] },
  ): Promise<RolloutOfficeModel> {
    const { officeId, countyCode: county } = rolloutOffice(input.officeId);
    const joinedOn = rolloutDay('joinedOn', input.joinedOn);
    const leaderIds = processLeaders(input.processLeaderIds);
    if (access.caller.role !== 'admin') throw rolloutWriteNotAllowed();
    await this.dataSource.transaction(async (manager) => {
      const targets = (await manager.query('SELECT 1 FROM rollout_target WHERE county_code = $1', [
        county,
      ])) as unknown[];
      if (targets.length === 0) throw noRolloutTarget();
      const [row] = (await manager.query(
        `INSERT INTO rollout_office (office_id, county_code, joined_on, process_leader_ids, joined_at, joined_by, version)
         VALUES ($1, $2, $3, $4::uuid[], now(), $5, 1) ON CONFLICT DO NOTHING RETURNING joined_at`,
        [officeId, county, joinedOn, leaderIds, access.caller.userId],
      )) as { joined_at: Date }[];
      if (!row) throw alreadyJoined();
      await this.outbox.publish(manager, rolloutOfficeJoinedV1, {
        subject: officeId,
        data: {
          officeId,
          joinedOn,
          processLeaderIds: leaderIds,
          joinedAt: row.joined_at.toISOString(),
          joinedBy: access.caller.userId,
        },
      });
    });
    return this.officeView(access, officeId);
  }

  /** Support given to an office, by one of its process leaders (or an admin). */
  async recordSupport(
    access: Access,
    input: { officeId: string; kind: string; givenOn: string },
  ): Promise<RolloutSupportModel> {
    const kind = supportKind(input.kind);
    const givenOn = rolloutDay('givenOn', input.givenOn);
    return this.dataSource.transaction(async (manager) => {
      const officeId = await this.lockForWrite(manager, access, input.officeId);
      const [row] = (await manager.query(
        `INSERT INTO rollout_support (id, office_id, kind, given_on, recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, now(), $5) RETURNING ${supportColumns}`,
        [randomUUID(), officeId, kind, givenOn, access.caller.userId],
      )) as RolloutSupportModel[];
      await this.outbox.publish(manager, rolloutSupportGivenV1, {
        subject: officeId,
        data: {
          officeId,
          supportId: row!.id,
          kind,
          givenOn,
          recordedAt: row!.recordedAt.toISOString(),
          recordedBy: access.caller.userId,
        },
      });
      return row!;
    });
  }

  /** A dated adoption assessment with its evidence, by a process leader of the office or an admin. */
  async assess(
    access: Access,
    input: { officeId: string; level: string; assessedOn: string; evidence: string },
  ): Promise<AdoptionAssessmentModel> {
    const level = adoptionLevel(input.level);
    const assessedOn = rolloutDay('assessedOn', input.assessedOn);
    const text = evidence(input.evidence);
    return this.dataSource.transaction(async (manager) => {
      const officeId = await this.lockForWrite(manager, access, input.officeId);
      const [row] = (await manager.query(
        `INSERT INTO adoption_assessment (id, office_id, level, assessed_on, evidence, recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, $5, now(), $6) RETURNING ${assessmentColumns}`,
        [randomUUID(), officeId, level, assessedOn, text, access.caller.userId],
      )) as AdoptionAssessmentModel[];
      await this.outbox.publish(manager, officeAdoptionAssessedV1, {
        subject: officeId,
        data: {
          officeId,
          assessmentId: row!.id,
          level,
          assessedOn,
          recordedAt: row!.recordedAt.toISOString(),
          recordedBy: access.caller.userId,
        },
      });
      return row!;
    });
  }

  /**
   * The region's rollout on `asOf` (default today): each participating office's latest
   * assessment on or before it, the share that uses the method partially or fully against the
   * target, and the offices within the caller's scope in detail.
   */
  async rollout(access: Access, county: string, asOf: string | null): Promise<MethodRolloutModel> {
    const countyCodeValue = countyCode(county);
    const day = asOf === null ? new Date().toISOString().slice(0, 10) : rolloutDay('asOf', asOf);
    const [target] = (await this.dataSource.query(
      `SELECT target_percent, to_char(target_date, 'YYYY-MM-DD') AS target_date
       FROM rollout_target WHERE county_code = $1`,
      [countyCodeValue],
    )) as { target_percent: number; target_date: string }[];
    if (!target) throw noRolloutTarget();
    // Every participating office's latest level counts for the share (an aggregate, no scope).
    const latest = (await this.dataSource.query(
      `SELECT o.office_id, (SELECT a.level FROM adoption_assessment a
          WHERE a.office_id = o.office_id AND a.assessed_on <= $2
          ORDER BY a.assessed_on DESC, a.recorded_at DESC LIMIT 1) AS level
       FROM rollout_office o WHERE o.county_code = $1 AND o.joined_on <= $2`,
      [countyCodeValue, day],
    )) as { office_id: string; level: AdoptionLevel | null }[];
    const params: unknown[] = [countyCodeValue];
    const inScope = scopeCondition(access.scope, rolloutScopeColumns, params);
    const offices = (await this.dataSource.query(
      `SELECT o.office_id, to_char(o.joined_on, 'YYYY-MM-DD') AS joined_on,
         o.process_leader_ids::text[] AS process_leader_ids
       FROM rollout_office o WHERE o.county_code = $1 AND ${inScope} ORDER BY o.office_id`,
      params,
    )) as OfficeRow[];
    return {
      countyCode: countyCodeValue,
      asOf: day,
      targetPercent: target.target_percent,
      targetDate: target.target_date,
      ...adoptionShare(
        latest.map((row) => row.level),
        target.target_percent,
      ),
      offices: await this.details(offices, day),
    };
  }

  /** The office locked for a write: in the caller's scope (else not found), assigned to them. */
  private async lockForWrite(
    manager: EntityManager,
    access: Access,
    officeId: unknown,
  ): Promise<string> {
    // Only an AF office on record can have joined; anything else gets the same answer.
    if (typeof officeId !== 'string' || !isOfficeId(officeId)) throw rolloutOfficeNotFound();
    const params: unknown[] = [officeId];
    const inScope = scopeCondition(access.scope, rolloutScopeColumns, params);
    const [row] = (await manager.query(
      `SELECT o.office_id, o.process_leader_ids::text[] AS process_leader_ids
       FROM rollout_office o WHERE o.office_id = $1 AND ${inScope} FOR UPDATE`,
      params,
    )) as OfficeRow[];
    if (!row) throw rolloutOfficeNotFound();
    if (!mayWriteRollout(access.caller, row.process_leader_ids)) throw rolloutWriteNotAllowed();
    return row.office_id;
  }

  private async officeView(access: Access, officeId: string): Promise<RolloutOfficeModel> {
    const params: unknown[] = [officeId];
    const inScope = scopeCondition(access.scope, rolloutScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT o.office_id, to_char(o.joined_on, 'YYYY-MM-DD') AS joined_on,
         o.process_leader_ids::text[] AS process_leader_ids
       FROM rollout_office o WHERE o.office_id = $1 AND ${inScope}`,
      params,
    )) as OfficeRow[];
    const [view] = await this.details(rows, new Date().toISOString().slice(0, 10));
    if (!view) throw rolloutOfficeNotFound();
    return view;
  }

  /** Support and assessments of the given offices: one query each. */
  private async details(rows: OfficeRow[], asOf: string): Promise<RolloutOfficeModel[]> {
    const ids = rows.map((row) => row.office_id);
    const support = (await this.dataSource.query(
      `SELECT ${supportColumns} FROM rollout_support WHERE office_id = ANY($1::text[])
       ORDER BY given_on, recorded_at`,
      [ids],
    )) as RolloutSupportModel[];
    const assessments = (await this.dataSource.query(
      `SELECT ${assessmentColumns} FROM adoption_assessment WHERE office_id = ANY($1::text[])
       ORDER BY assessed_on, recorded_at`,
      [ids],
    )) as AdoptionAssessmentModel[];
    return rows.map((row) => {
      const own = assessments.filter((a) => a.officeId === row.office_id);
      return {
        officeId: row.office_id,
        officeName: office(row.office_id)?.name ?? row.office_id,
        joinedOn: row.joined_on,
        processLeaderIds: row.process_leader_ids,
        support: support.filter((s) => s.officeId === row.office_id),
        assessments: own,
        latestAssessment: own.filter((a) => a.assessedOn <= asOf).at(-1) ?? null,
      };
    });
  }
}
