import { randomUUID } from 'node:crypto';
import { trackCreatedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AgreementsService } from '../agreements/agreements.service';
import { ChecklistsService } from '../checklists/checklists.service';
import { isUuid } from '../core/input-rules';
import type { JobTrackModel } from '../core/job-track.model';
import { type TrackPhase, trackPhases } from '../core/phase-rules';
import { mayWriteTrack } from '../core/track-access';
import { TrackCoreService } from '../core/track-core.service';
import {
  alreadyRepeated,
  invalidInput,
  trackNotFound,
  writeNotAllowed,
} from '../core/track.errors';
import { EmployerReplica } from './employer-replica';
import {
  nextRoundTimeline,
  type TrackInput,
  validateTimeline,
  validateTrack,
  type ValidTrack,
} from './track-rules';

/** Creating tracks and their next rounds: one method, one transaction, `track.created`. */
@Injectable()
export class TracksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
    private readonly agreements: AgreementsService,
    private readonly checklists: ChecklistsService,
    private readonly employers: EmployerReplica,
  ) {}

  /**
   * A new track in PLANNING, on a valid agreement, with its checklists and first history row; its
   * employers, needs and profile as the replica of the employers service knows them.
   */
  async create(access: Access, input: TrackInput): Promise<JobTrackModel> {
    const valid = validateTrack(input);
    if (!mayWriteTrack(access.caller, valid)) throw writeNotAllowed();
    const id = randomUUID();
    await this.dataSource.transaction((manager) =>
      this.insert(manager, access, id, valid, { previousRoundId: null, round: 1 }),
    );
    return this.visible(access, id);
  }

  /**
   * The next round of a recurring track: the design copied (employers, profile, providers, team,
   * target), linked to the previous round, on a valid agreement, with fresh checklists.
   */
  async repeat(
    access: Access,
    input: { trackId: string; agreementId?: string | null; timeline?: unknown[] | null },
  ): Promise<JobTrackModel> {
    if (input.agreementId != null && !isUuid(input.agreementId)) {
      throw invalidInput('agreementId', 'agreementId is not an agreement');
    }
    const timeline = input.timeline == null ? null : validateTimeline(input.timeline);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.core.lockForCommand(manager, access, input.trackId);
      if (!mayWriteTrack(access.caller, locked)) throw writeNotAllowed();
      const [previous] = await this.core.findVisible(access, [locked.id]);
      const next = timeline ?? nextRoundTimeline(previous!.timeline);
      const design: ValidTrack = {
        ...previous!,
        agreementId: input.agreementId?.toLowerCase() ?? previous!.agreementId,
        timeline: next,
        plannedStart: next[0]!.plannedStart,
        plannedEnd: next.reduce((end, p) => (p.plannedEnd > end ? p.plannedEnd : end), ''),
      };
      const taken = (await manager.query('SELECT 1 FROM job_track WHERE previous_round_id = $1', [
        locked.id,
      ])) as unknown[];
      if (taken.length > 0) throw alreadyRepeated();
      await this.insert(manager, access, id, design, {
        previousRoundId: locked.id,
        round: locked.round + 1,
      });
    });
    return this.visible(access, id);
  }

  /** The newest tracks within the caller's scope, optionally in one phase. */
  list(access: Access, phase: string | null, first: number): Promise<JobTrackModel[]> {
    if (phase !== null && !(trackPhases as readonly string[]).includes(phase)) {
      throw invalidInput('phase', 'phase is not a track phase');
    }
    if (!Number.isInteger(first) || first < 1 || first > 200) {
      throw invalidInput('first', 'first must be a whole number 1–200');
    }
    return this.core.list(access, phase as TrackPhase | null, first);
  }

  private async insert(
    manager: EntityManager,
    access: Access,
    id: string,
    track: ValidTrack,
    round: { previousRoundId: string | null; round: number },
  ): Promise<void> {
    await this.agreements.requireCarrying(manager, access, track.agreementId, track);
    await this.employers.requireReferences(manager, track);
    const [row] = (await manager.query(
      `INSERT INTO job_track (id, agreement_id, previous_round_id, round, name, municipality_codes,
         office_ids, employer_ids, competence_need_ids, competence_profile_id, provider_ids,
         target_participants, timeline, planned_start, planned_end, operational_team, coordinators,
         phase, created_at, created_by, version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::uuid[], $9::uuid[], $10, $11::uuid[], $12, $13::jsonb,
         $14, $15, $16::jsonb, $17::jsonb, 'PLANNING', now(), $18, 1)
       RETURNING created_at`,
      [
        id,
        track.agreementId,
        round.previousRoundId,
        round.round,
        track.name,
        track.municipalityCodes,
        track.officeIds,
        track.employerIds,
        track.competenceNeedIds,
        track.competenceProfileId,
        track.providerIds,
        track.targetParticipants,
        JSON.stringify(track.timeline),
        track.plannedStart,
        track.plannedEnd,
        JSON.stringify(track.operationalTeam),
        JSON.stringify(track.coordinators),
        access.caller.userId,
      ],
    )) as { created_at: Date }[];
    await manager.query(
      `INSERT INTO phase_change (track_id, from_phase, to_phase, changed_at, changed_by)
       VALUES ($1, NULL, 'PLANNING', $2, $3)`,
      [id, row!.created_at, access.caller.userId],
    );
    await this.checklists.seed(manager, id);
    await this.outbox.publish(manager, trackCreatedV1, {
      subject: id,
      data: {
        trackId: id,
        agreementId: track.agreementId,
        previousRoundId: round.previousRoundId,
        round: round.round,
        municipalityCodes: track.municipalityCodes,
        officeIds: track.officeIds,
        employerIds: track.employerIds,
        competenceNeedIds: track.competenceNeedIds,
        competenceProfileId: track.competenceProfileId,
        providerIds: track.providerIds,
        targetParticipants: track.targetParticipants,
        phase: 'PLANNING',
        plannedStart: track.plannedStart,
        plannedEnd: track.plannedEnd,
        createdAt: row!.created_at.toISOString(),
        createdBy: access.caller.userId,
      },
    });
  }

  private async visible(access: Access, id: string): Promise<JobTrackModel> {
    const [track] = await this.core.findVisible(access, [id]);
    if (!track) throw trackNotFound();
    return track;
  }
}
