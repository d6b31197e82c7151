import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataEraser } from '../erasure/personal-data-eraser';

/** Erasure removes a participant's notes: every one of them is personal. */
@Injectable()
export class NotesEraser implements PersonalDataEraser {
  async eraseParticipant(manager: EntityManager, participantId: string): Promise<void> {
    await manager.query('DELETE FROM participant_note WHERE participant_id = $1', [participantId]);
  }
}
