import { randomUUID } from 'node:crypto';
import { chainAdaptedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, PiiCipher } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TrackCoreService } from '../core/track-core.service';
import {
  type AdaptationInput,
  type AdaptationKind,
  participantChain,
  type RecordedAdaptation,
  shortenRefusal,
  validateAdaptation,
} from './adaptation-rules';
import type { ResponsibleParty } from './chain-rules';
import { ChainService, requirePhase } from './chain.service';
import { invalidChainInput, stepAlreadyRemoved } from './chain.errors';
import type { ChainAdaptationModel, ParticipantChainModel } from './chain.model';

interface AdaptationRow {
  id: string;
  track_id: string;
  participant_id: string;
  kind: AdaptationKind;
  step_id: string | null;
  intervention_type_code: string | null;
  offering_id: string | null;
  responsible: ResponsibleParty | null;
  planned_start: string | null;
  planned_end: string | null;
  /** Null once the participant is erased. */
  reason_encrypted: string | null;
  made_at: Date;
  made_by: string;
}

const reasonAt = (id: string) => ({
  table: 'chain_adaptation',
  column: 'reason_encrypted',
  rowId: id,
});

/** A recorded adaptation, its reason decrypted, with what the participant's chain applies. */
export type Adapted = ChainAdaptationModel & RecordedAdaptation;

/**
 * Per-participant adaptations during implementation: a step added, removed or shortened for one
 * admitted participant, with a reason. Keyed by (track, participant) without a foreign key until
 * the recruitment part brings track_participant; the reason is encrypted (it concerns a person).
 */
@Injectable()
export class AdaptationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
    private readonly chain: ChainService,
    private readonly cipher: PiiCipher,
  ) {}

  async adapt(
    access: Access,
    input: AdaptationInput & { trackId: string },
  ): Promise<ParticipantChainModel> {
    const adaptation = validateAdaptation(input);
    await this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForChange(manager, access, input.trackId);
      requirePhase(track, ['IMPLEMENTATION'], 'a participant’s chain is adapted');
      const id = randomUUID();
      let values: (string | null)[] = [null, null, null, null, null, null];
      if (adaptation.kind === 'ADD') {
        const { added } = adaptation;
        const typeCode = await this.chain.typeOf(manager, added);
        values = [
          null,
          typeCode,
          added.offeringId,
          added.responsible,
          added.plannedStart,
          added.plannedEnd,
        ];
      } else {
        await this.chain.stepOf(manager, track.id, adaptation.stepId);
        const [current] = await this.chainsOf([track.id], adaptation.participantId, manager);
        const now = current!.steps.find((s) => s.stepId === adaptation.stepId)!;
        if (now.status === 'REMOVED') throw stepAlreadyRemoved();
        if (adaptation.kind === 'SHORTEN') {
          const why = shortenRefusal(
            { start: now.plannedStart, end: now.plannedEnd },
            adaptation.plannedEnd,
          );
          if (why) throw invalidChainInput('plannedEnd', why);
        }
        values = [
          adaptation.stepId,
          null,
          null,
          null,
          null,
          adaptation.kind === 'SHORTEN' ? adaptation.plannedEnd : null,
        ];
      }
      const [row] = (await manager.query(
        `INSERT INTO chain_adaptation (id, track_id, participant_id, kind, step_id,
           intervention_type_code, offering_id, responsible, planned_start, planned_end,
           reason_encrypted, made_at, made_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), $12) RETURNING made_at`,
        [
          id,
          track.id,
          adaptation.participantId,
          adaptation.kind,
          ...values,
          this.cipher.encrypt(adaptation.reason, reasonAt(id)),
          access.caller.userId,
        ],
      )) as { made_at: Date }[];
      await this.core.touch(manager, track);
      await this.outbox.publish(manager, chainAdaptedV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          adaptationId: id,
          participantId: adaptation.participantId,
          kind: adaptation.kind,
          stepId: values[0]!,
          interventionTypeCode: values[1]!,
          offeringId: values[2]!,
          plannedStart: values[4]!,
          plannedEnd: values[5]!,
          adaptedAt: row!.made_at.toISOString(),
          adaptedBy: access.caller.userId,
        },
      });
    });
    const [chain] = await this.chainsOf([input.trackId], adaptation.participantId);
    return chain!;
  }

  /**
   * The current chains of the given (already visible) tracks' participants: of one participant
   * (their planned chain even before any adaptation), or of every participant with an adaptation.
   */
  async chainsOf(
    trackIds: readonly string[],
    participantId: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<(ParticipantChainModel & { trackId: string })[]> {
    const steps = await this.chain.chainsOf(trackIds, manager);
    const rows = (await manager.query(
      `SELECT id, track_id, participant_id, kind, step_id, intervention_type_code, offering_id,
         responsible, to_char(planned_start, 'YYYY-MM-DD') AS planned_start,
         to_char(planned_end, 'YYYY-MM-DD') AS planned_end, reason_encrypted, made_at, made_by
       FROM chain_adaptation
       WHERE track_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR participant_id = $2::uuid)
       ORDER BY made_at, id`,
      [trackIds, participantId],
    )) as AdaptationRow[];
    const chains: (ParticipantChainModel & { trackId: string })[] = [];
    for (const trackId of trackIds) {
      const adaptations = rows
        .filter((row) => row.track_id === trackId)
        .map((row) => this.toModel(row));
      const participants = participantId
        ? [participantId]
        : [...new Set(adaptations.map((a) => a.participantId))];
      const planned = steps
        .filter((step) => step.trackId === trackId)
        .map((step) => ({
          id: step.id,
          interventionTypeCode: step.interventionTypeCode,
          offeringId: step.offeringId,
          responsible: step.responsible,
          start: step.plannedStart,
          end: step.plannedEnd,
        }));
      for (const participant of participants) {
        const theirs = adaptations.filter((a) => a.participantId === participant);
        chains.push({
          trackId,
          participantId: participant,
          steps: participantChain(planned, theirs),
          adaptations: theirs,
        });
      }
    }
    return chains;
  }

  private toModel(row: AdaptationRow): Adapted {
    return {
      id: row.id,
      trackId: row.track_id,
      participantId: row.participant_id,
      kind: row.kind,
      stepId: row.step_id,
      interventionTypeCode: row.intervention_type_code,
      offeringId: row.offering_id,
      responsible: row.responsible,
      plannedStart: row.planned_start,
      plannedEnd: row.planned_end,
      reason:
        row.reason_encrypted === null
          ? null
          : this.cipher.decrypt(row.reason_encrypted, reasonAt(row.id)),
      madeAt: row.made_at,
      madeBy: row.made_by,
    };
  }
}
