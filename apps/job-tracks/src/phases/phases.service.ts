import { trackCancelledV1, trackClosedV1, trackPhaseChangedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ChecklistsService } from '../checklists/checklists.service';
import { missingItems } from '../checklists/checklist-rules';
import { ClosingService } from '../closing/closing.service';
import type { JobTrackModel } from '../core/job-track.model';
import { nextPhase, type TrackPhase } from '../core/phase-rules';
import { TrackCoreService, type WorkingTrack } from '../core/track-core.service';
import { AdmittedParticipants } from '../recruitment/admitted-participants';
import { checklistIncomplete, trackNotFound } from '../core/track.errors';
import { type CancellationInput, validateCancellation } from './cancellation-rules';
import type { PhaseChangeModel } from './phase.model';

/** Phase transitions: one method, one transaction, the phase history row and its events. */
@Injectable()
export class PhasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly core: TrackCoreService,
    private readonly checklists: ChecklistsService,
    private readonly closing: ClosingService,
    private readonly admitted: AdmittedParticipants,
  ) {}

  /**
   * Moves the track to its next phase once the current phase's checklist is complete;
   * TRACK.CHECKLIST_INCOMPLETE naming the open items otherwise. CLOSING leads to CLOSED once
   * every admitted participant has a result and the evaluation is published (CLOSING.INCOMPLETE).
   */
  async advance(access: Access, trackId: string): Promise<JobTrackModel> {
    await this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForChange(manager, access, trackId);
      const missing = missingItems(await this.checklists.standings(manager, track.id), track.phase);
      if (missing.length > 0) throw checklistIncomplete(track.phase, missing);
      if (track.phase === 'CLOSING') {
        const participantIds = await this.admitted.of(manager, track.id);
        await this.closing.assertReadyToClose(manager, track.id, participantIds);
      }
      const to = nextPhase(track.phase)!;
      const changedAt = await this.move(manager, access, track, to);
      if (to === 'CLOSED') {
        await this.outbox.publish(manager, trackClosedV1, {
          subject: track.id,
          data: {
            trackId: track.id,
            round: track.round,
            closedAt: changedAt,
            closedBy: access.caller.userId,
          },
        });
      }
    });
    return this.visible(access, trackId);
  }

  /** Cancels a working track with a reason code and text; `track.cancelled`. */
  async cancel(
    access: Access,
    input: CancellationInput & { trackId: string },
  ): Promise<JobTrackModel> {
    const reason = validateCancellation(input);
    await this.dataSource.transaction(async (manager) => {
      const track = await this.core.lockForChange(manager, access, input.trackId);
      const cancelledAt = await this.move(manager, access, track, 'CANCELLED', reason);
      await this.outbox.publish(manager, trackCancelledV1, {
        subject: track.id,
        data: {
          trackId: track.id,
          phase: track.phase,
          reasonCode: reason.reasonCode,
          cancelledAt,
          cancelledBy: access.caller.userId,
        },
      });
    });
    return this.visible(access, input.trackId);
  }

  /** The phase history of the given (already visible) tracks, oldest first. */
  async historyOf(trackIds: readonly string[]): Promise<PhaseChangeModel[]> {
    const rows = (await this.dataSource.query(
      `SELECT track_id, from_phase, to_phase, changed_at, changed_by FROM phase_change
       WHERE track_id = ANY($1::uuid[]) ORDER BY track_id, id`,
      [trackIds],
    )) as {
      track_id: string;
      from_phase: TrackPhase | null;
      to_phase: TrackPhase;
      changed_at: Date;
      changed_by: string;
    }[];
    return rows.map((row) => ({
      trackId: row.track_id,
      from: row.from_phase,
      to: row.to_phase,
      changedAt: row.changed_at,
      changedBy: row.changed_by,
    }));
  }

  /**
   * Sets the phase (with the cancellation's reason, in the same statement, for CANCELLED), writes
   * the history row and `track.phase-changed`; returns when (ISO).
   */
  private async move(
    manager: EntityManager,
    access: Access,
    track: WorkingTrack,
    to: TrackPhase,
    cancellation: { reasonCode: string; reasonText: string } | null = null,
  ): Promise<string> {
    const version = track.version + 1;
    await manager.query(
      `UPDATE job_track SET phase = $2, version = $3, cancel_reason_code = $4, cancel_reason_text = $5
       WHERE id = $1`,
      [track.id, to, version, cancellation?.reasonCode ?? null, cancellation?.reasonText ?? null],
    );
    const [row] = (await manager.query(
      `INSERT INTO phase_change (track_id, from_phase, to_phase, changed_at, changed_by)
       VALUES ($1, $2, $3, now(), $4) RETURNING changed_at`,
      [track.id, track.phase, to, access.caller.userId],
    )) as { changed_at: Date }[];
    const changedAt = row!.changed_at.toISOString();
    await this.outbox.publish(manager, trackPhaseChangedV1, {
      subject: track.id,
      data: {
        trackId: track.id,
        from: track.phase,
        to,
        version,
        changedAt,
        changedBy: access.caller.userId,
      },
    });
    return changedAt;
  }

  private async visible(access: Access, trackId: string): Promise<JobTrackModel> {
    const [track] = await this.core.findVisible(access, [trackId]);
    if (!track) throw trackNotFound();
    return track;
  }
}
