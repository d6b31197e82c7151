import type { ConsumedEvent, participantErasedV1 } from '@jobbnatet/contracts';
import { ParticipantErasedHandler } from '@jobbnatet/participant-reach';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/**
 * `participant.erased`: the replica marks the row ERASED (the package's handler), and recruitment
 * drops what it holds about the person beyond ids and outcomes, in the same transaction: the link
 * to their (erased) assessment and their declined invitations. Candidate and track-participant rows
 * stay as anonymous statistics (ids, statuses, codes, dates), as the participants service keeps an
 * erased participant's row. Other parts that hold personal detail add their deletions here: the kit
 * takes one handler per event type. The chain part's adaptation reasons and follow-up progression
 * notes about the participant are nulled (through the migration's function: those records are
 * append-only for the service's role). Closing holds only codes and dates per participant.
 */
@Injectable()
export class JobTracksParticipantErasedHandler extends ParticipantErasedHandler {
  override async handle(
    event: ConsumedEvent<typeof participantErasedV1>,
    manager: EntityManager,
  ): Promise<void> {
    await super.handle(event, manager);
    const { participantId } = event.data;
    await manager.query(
      `DELETE FROM candidate_declined_invitation WHERE candidate_id IN
         (SELECT id FROM candidate WHERE participant_id = $1)`,
      [participantId],
    );
    await manager.query('UPDATE candidate SET assessment_id = NULL WHERE participant_id = $1', [
      participantId,
    ]);
    await manager.query('SELECT erase_participant_chain_text($1)', [participantId]);
  }
}
