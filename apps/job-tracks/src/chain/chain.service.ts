import { randomUUID } from 'node:crypto';
import { chainStepAddedV1, chainStepChangedV1, chainStepRemovedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { JobTrackModel } from '../core/job-track.model';
import { isUuid } from '../core/input-rules';
import type { TrackPhase } from '../core/phase-rules';
import { TrackCoreService, type WorkingTrack } from '../core/track-core.service';
import { CatalogueReplica } from './catalogue-replica';
import {
  datesOf,
  insertionPosition,
  maxSteps,
  movePosition,
  type ResponsibleParty,
  type StepDesign,
  type StepInput,
  validateStep,
} from './chain-rules';
import { stepNotFound, tooManySteps, wrongPhase } from './chain.errors';
import type { ChainStepModel } from './chain.model';

interface StepRow {
  id: string;
  track_id: string;
  position: number;
  intervention_type_code: string;
  offering_id: string | null;
  responsible: ResponsibleParty;
  parallel_with_previous: boolean;
  planned_start: string | null;
  planned_end: string | null;
  start_week: number | null;
  end_week: number | null;
  letter_of_intent_id: string | null;
  implementation_start: string | null;
}

/** The planned start of a track's implementation phase (`t` is the job_track table). */
export const implementationStartOf = `(SELECT p->>'plannedStart' FROM jsonb_array_elements(t.timeline) p
  WHERE p->>'phase' = 'IMPLEMENTATION')`;

const stepColumns = `s.id, s.track_id, s.position, s.intervention_type_code, s.offering_id,
  s.responsible, s.parallel_with_previous, to_char(s.planned_start, 'YYYY-MM-DD') AS planned_start,
  to_char(s.planned_end, 'YYYY-MM-DD') AS planned_end, s.start_week, s.end_week,
  s.letter_of_intent_id, ${implementationStartOf} AS implementation_start`;

function toModel(row: StepRow): ChainStepModel {
  const dates = datesOf(
    {
      plannedStart: row.planned_start,
      plannedEnd: row.planned_end,
      startWeek: row.start_week,
      endWeek: row.end_week,
    },
    row.implementation_start,
  );
  return {
    id: row.id,
    trackId: row.track_id,
    position: row.position,
    interventionTypeCode: row.intervention_type_code,
    offeringId: row.offering_id,
    responsible: row.responsible,
    parallelWithPrevious: row.parallel_with_previous,
    plannedStart: dates.start,
    plannedEnd: dates.end,
    startWeek: row.start_week,
    endWeek: row.end_week,
    letterOfIntentId: row.letter_of_intent_id,
  };
}

/** Refuses a command outside the phases it belongs to. */
export function requirePhase(
  track: { phase: TrackPhase },
  phases: readonly TrackPhase[],
  what: string,
): void {
  if (!phases.includes(track.phase)) throw wrongPhase(what, phases);
}

/** The planned chain: add, change, move and remove steps while the track is in PLANNING. */
@Injectable()
export class ChainService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
    private readonly replica: CatalogueReplica,
  ) {}

  async add(
    access: Access,
    input: StepInput & { trackId: string; position?: number | null },
  ): Promise<JobTrackModel> {
    const design = validateStep(input);
    await this.dataSource.transaction(async (manager) => {
      const track = await this.designable(manager, access, input.trackId);
      const length = await this.lengthOf(manager, track.id);
      if (length >= maxSteps) throw tooManySteps(maxSteps);
      const position = insertionPosition(input.position, length);
      const typeCode = await this.typeOf(manager, design);
      await manager.query(
        'UPDATE chain_step SET position = position + 1 WHERE track_id = $1 AND position >= $2',
        [track.id, position],
      );
      const id = randomUUID();
      await manager.query(
        `INSERT INTO chain_step (id, track_id, position, intervention_type_code, offering_id,
           responsible, parallel_with_previous, planned_start, planned_end, start_week, end_week,
           letter_of_intent_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [id, track.id, position, typeCode, ...this.designValues(design)],
      );
      await this.core.touch(manager, track);
      await this.outbox.publish(manager, chainStepAddedV1, {
        subject: track.id,
        data: {
          ...this.payload(await this.stepOf(manager, track.id, id)),
          addedAt: new Date().toISOString(),
          addedBy: access.caller.userId,
        },
      });
    });
    return this.core.requireVisible(access, input.trackId);
  }

  async change(
    access: Access,
    input: StepInput & { trackId: string; stepId: string },
  ): Promise<JobTrackModel> {
    const design = validateStep(input);
    await this.dataSource.transaction(async (manager) => {
      const track = await this.designable(manager, access, input.trackId);
      const step = await this.stepOf(manager, track.id, input.stepId);
      const typeCode = await this.typeOf(manager, design);
      await manager.query(
        `UPDATE chain_step SET intervention_type_code = $3, offering_id = $4, responsible = $5,
           parallel_with_previous = $6, planned_start = $7, planned_end = $8, start_week = $9,
           end_week = $10, letter_of_intent_id = $11
         WHERE id = $1 AND track_id = $2`,
        [step.id, track.id, typeCode, ...this.designValues(design)],
      );
      await this.changed(manager, access, track, step.id);
    });
    return this.core.requireVisible(access, input.trackId);
  }

  async move(
    access: Access,
    input: { trackId: string; stepId: string; position: number },
  ): Promise<JobTrackModel> {
    await this.dataSource.transaction(async (manager) => {
      const track = await this.designable(manager, access, input.trackId);
      const step = await this.stepOf(manager, track.id, input.stepId);
      const to = movePosition(input.position, await this.lengthOf(manager, track.id));
      const from = step.position;
      await manager.query(
        `UPDATE chain_step SET position = CASE
           WHEN id = $2 THEN $4::int
           WHEN $4::int < $3::int THEN position + 1
           ELSE position - 1 END
         WHERE track_id = $1 AND position BETWEEN least($3::int, $4::int) AND greatest($3::int, $4::int)`,
        [track.id, step.id, from, to],
      );
      await this.changed(manager, access, track, step.id);
    });
    return this.core.requireVisible(access, input.trackId);
  }

  async remove(access: Access, trackId: string, stepId: string): Promise<JobTrackModel> {
    await this.dataSource.transaction(async (manager) => {
      const track = await this.designable(manager, access, trackId);
      const step = await this.stepOf(manager, track.id, stepId);
      await manager.query('DELETE FROM chain_step WHERE id = $1', [step.id]);
      await manager.query(
        'UPDATE chain_step SET position = position - 1 WHERE track_id = $1 AND position > $2',
        [track.id, step.position],
      );
      await this.core.touch(manager, track);
      await this.outbox.publish(manager, chainStepRemovedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          stepId: step.id,
          removedAt: new Date().toISOString(),
          removedBy: access.caller.userId,
        },
      });
    });
    return this.core.requireVisible(access, trackId);
  }

  /** The chains of the given (already visible) tracks, in order. */
  async chainsOf(trackIds: readonly string[], manager: EntityManager = this.dataSource.manager) {
    const rows = (await manager.query(
      `SELECT ${stepColumns} FROM chain_step s JOIN job_track t ON t.id = s.track_id
       WHERE s.track_id = ANY($1::uuid[]) ORDER BY s.track_id, s.position`,
      [trackIds],
    )) as StepRow[];
    return rows.map(toModel);
  }

  /** The step of this track, locked; CHAIN.STEP_NOT_FOUND for another track's or a missing one. */
  async stepOf(manager: EntityManager, trackId: string, stepId: string): Promise<ChainStepModel> {
    if (!isUuid(stepId)) throw stepNotFound();
    const [row] = (await manager.query(
      `SELECT ${stepColumns} FROM chain_step s JOIN job_track t ON t.id = s.track_id
       WHERE s.id = $1 AND s.track_id = $2 FOR UPDATE OF s`,
      [stepId, trackId],
    )) as StepRow[];
    if (!row) throw stepNotFound();
    return toModel(row);
  }

  /** The type code a step stores: its own, or its offering's, once the replica has seen both. */
  async typeOf(
    manager: EntityManager,
    design: Pick<StepDesign, 'interventionTypeCode' | 'offeringId'>,
  ): Promise<string> {
    if (design.offeringId) {
      const code = await this.replica.requireOffering(manager, design.offeringId, 'offeringId');
      await this.replica.requireType(manager, code, 'offeringId');
      return code;
    }
    await this.replica.requireType(manager, design.interventionTypeCode!, 'interventionTypeCode');
    return design.interventionTypeCode!;
  }

  private async designable(
    manager: EntityManager,
    access: Access,
    trackId: string,
  ): Promise<WorkingTrack> {
    const track = await this.core.lockForChange(manager, access, trackId);
    requirePhase(track, ['PLANNING'], 'the chain is designed');
    return track;
  }

  private async lengthOf(manager: EntityManager, trackId: string): Promise<number> {
    const [row] = (await manager.query(
      'SELECT count(*)::int AS n FROM chain_step WHERE track_id = $1',
      [trackId],
    )) as { n: number }[];
    return row!.n;
  }

  private designValues(design: StepDesign): unknown[] {
    return [
      design.offeringId,
      design.responsible,
      design.parallelWithPrevious,
      design.plannedStart,
      design.plannedEnd,
      design.startWeek,
      design.endWeek,
      design.letterOfIntentId,
    ];
  }

  private async changed(
    manager: EntityManager,
    access: Access,
    track: WorkingTrack,
    stepId: string,
  ): Promise<void> {
    await this.core.touch(manager, track);
    await this.outbox.publish(manager, chainStepChangedV1, {
      subject: track.id,
      data: {
        ...this.payload(await this.stepOf(manager, track.id, stepId)),
        changedAt: new Date().toISOString(),
        changedBy: access.caller.userId,
      },
    });
  }

  /** What the step events carry: the design as given (days or weeks), ids and codes. */
  private payload(step: ChainStepModel) {
    const weeks = step.startWeek !== null;
    return {
      trackId: step.trackId,
      stepId: step.id,
      position: step.position,
      interventionTypeCode: step.interventionTypeCode,
      offeringId: step.offeringId,
      responsible: step.responsible,
      parallelWithPrevious: step.parallelWithPrevious,
      plannedStart: weeks ? null : step.plannedStart,
      plannedEnd: weeks ? null : step.plannedEnd,
      startWeek: step.startWeek,
      endWeek: step.endWeek,
      letterOfIntentId: step.letterOfIntentId,
    };
  }
}
