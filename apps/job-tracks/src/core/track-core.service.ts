import { type Access, scopeCondition } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from './input-rules';
import type { JobTrackModel, PlannedPhase } from './job-track.model';
import { isWorkingPhase, statusOf, type TrackPhase, type WorkingPhase } from './phase-rules';
import type { StaffMember } from './staff';
import { mayWriteTrack, trackScopeColumns } from './track-access';
import { trackNotActive, trackNotFound, writeNotAllowed } from './track.errors';

/** The track a command works on, locked FOR UPDATE. */
export interface LockedTrack {
  id: string;
  agreementId: string;
  round: number;
  phase: TrackPhase;
  officeIds: string[];
  municipalityCodes: string[];
  employerIds: string[];
  version: number;
}

/** A locked track still in one of its four phases, that the caller may change. */
export interface WorkingTrack extends LockedTrack {
  phase: WorkingPhase;
}

interface TrackRow {
  id: string;
  name: string;
  agreement_id: string;
  round: number;
  previous_round_id: string | null;
  municipality_codes: string[];
  office_ids: string[];
  employer_ids: string[];
  competence_need_ids: string[];
  competence_profile_id: string | null;
  provider_ids: string[];
  target_participants: number;
  timeline: PlannedPhase[];
  planned_start: string;
  planned_end: string;
  operational_team: StaffMember[];
  coordinators: StaffMember[];
  phase: TrackPhase;
  cancel_reason_code: string | null;
  cancel_reason_text: string | null;
  created_at: Date;
  version: number;
}

function toModel(row: TrackRow): JobTrackModel {
  return {
    id: row.id,
    name: row.name,
    agreementId: row.agreement_id,
    round: row.round,
    previousRoundId: row.previous_round_id,
    municipalityCodes: row.municipality_codes,
    officeIds: row.office_ids,
    employerIds: row.employer_ids,
    competenceNeedIds: row.competence_need_ids,
    competenceProfileId: row.competence_profile_id,
    providerIds: row.provider_ids,
    targetParticipants: row.target_participants,
    timeline: row.timeline,
    plannedStart: row.planned_start,
    plannedEnd: row.planned_end,
    operationalTeam: row.operational_team,
    coordinators: row.coordinators,
    phase: row.phase,
    status: statusOf(row.phase),
    cancellation:
      row.cancel_reason_code && row.cancel_reason_text
        ? { reasonCode: row.cancel_reason_code, reasonText: row.cancel_reason_text }
        : null,
    createdAt: row.created_at,
    version: row.version,
  };
}

const trackColumns = `t.id, t.name, t.agreement_id, t.round, t.previous_round_id, t.municipality_codes,
  t.office_ids, t.employer_ids::text[] AS employer_ids, t.competence_need_ids::text[] AS competence_need_ids,
  t.competence_profile_id, t.provider_ids::text[] AS provider_ids, t.target_participants, t.timeline,
  t.planned_start, t.planned_end, t.operational_team, t.coordinators, t.phase, t.cancel_reason_code,
  t.cancel_reason_text, t.created_at, t.version`;

/**
 * What every part of this service (agreements aside) builds on: reading tracks within the
 * caller's scope, and locking one for a command. Recruitment, the chain, follow-ups and closing
 * lock their track through `lockForCommand` too.
 */
@Injectable()
export class TrackCoreService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The track locked FOR UPDATE if the caller reads it; TRACK.NOT_FOUND otherwise, the same for
   * a foreign and a missing id. Whether the caller may change it is the command's call
   * (`mayWriteTrack`, or `lockForChange` below).
   */
  async lockForCommand(
    manager: EntityManager,
    access: Access,
    trackId: string,
  ): Promise<LockedTrack> {
    if (!isUuid(trackId)) throw trackNotFound();
    const params: unknown[] = [trackId];
    const inScope = scopeCondition(access.scope, trackScopeColumns, params);
    const [row] = (await manager.query(
      `SELECT t.id, t.agreement_id, t.round, t.phase, t.office_ids, t.municipality_codes,
         t.employer_ids::text[] AS employer_ids, t.version
       FROM job_track t WHERE t.id = $1 AND ${inScope} FOR UPDATE`,
      params,
    )) as {
      id: string;
      agreement_id: string;
      round: number;
      phase: TrackPhase;
      office_ids: string[];
      municipality_codes: string[];
      employer_ids: string[];
      version: number;
    }[];
    if (!row) throw trackNotFound();
    return {
      id: row.id,
      agreementId: row.agreement_id,
      round: row.round,
      phase: row.phase,
      officeIds: row.office_ids,
      municipalityCodes: row.municipality_codes,
      employerIds: row.employer_ids,
      version: row.version,
    };
  }

  /** `lockForCommand`, then: the caller may change it (FORBIDDEN) and it is still working (CONFLICT). */
  async lockForChange(
    manager: EntityManager,
    access: Access,
    trackId: string,
  ): Promise<WorkingTrack> {
    const track = await this.lockForCommand(manager, access, trackId);
    if (!mayWriteTrack(access.caller, track)) throw writeNotAllowed();
    if (!isWorkingPhase(track.phase)) throw trackNotActive();
    return { ...track, phase: track.phase };
  }

  /** Bumps the version of a track a command changed; returns the new one. */
  async touch(manager: EntityManager, track: LockedTrack): Promise<number> {
    const version = track.version + 1;
    await manager.query('UPDATE job_track SET version = $2 WHERE id = $1', [track.id, version]);
    return version;
  }

  /** The tracks among `ids` within the caller's scope, in the order of `ids` (null for the rest). */
  async findVisible(access: Access, ids: readonly string[]): Promise<(JobTrackModel | null)[]> {
    const params: unknown[] = [ids.filter(isUuid)];
    const inScope = scopeCondition(access.scope, trackScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT ${trackColumns} FROM job_track t WHERE t.id = ANY($1::uuid[]) AND ${inScope}`,
      params,
    )) as TrackRow[];
    const byId = new Map(rows.map((row) => [row.id, toModel(row)]));
    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  }

  /** The track as the caller sees it after a command; TRACK.NOT_FOUND if they no longer may. */
  async requireVisible(access: Access, trackId: string): Promise<JobTrackModel> {
    const [track] = await this.findVisible(access, [trackId]);
    if (!track) throw trackNotFound();
    return track;
  }

  /** The newest tracks within the caller's scope, optionally in one phase. */
  async list(access: Access, phase: TrackPhase | null, first: number): Promise<JobTrackModel[]> {
    const params: unknown[] = [phase, first];
    const inScope = scopeCondition(access.scope, trackScopeColumns, params);
    const rows = (await this.dataSource.query(
      `SELECT ${trackColumns} FROM job_track t
       WHERE ($1::text IS NULL OR t.phase = $1::text) AND ${inScope}
       ORDER BY t.created_at DESC, t.id LIMIT $2`,
      params,
    )) as TrackRow[];
    return rows.map(toModel);
  }
}
