import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersonalDataEraser } from '../erasure/personal-data-eraser';

/**
 * Erasure removes a participant's assessments whole: findings and texts are personal, and that an
 * assessment was made already travelled as `participant.assessed` to those who count it.
 */
@Injectable()
export class AssessmentsEraser implements PersonalDataEraser {
  async eraseParticipant(manager: EntityManager, participantId: string): Promise<void> {
    await manager.query(
      `DELETE FROM assessment_factor f USING assessment a
        WHERE f.assessment_id = a.id AND a.participant_id = $1`,
      [participantId],
    );
    await manager.query('DELETE FROM assessment WHERE participant_id = $1', [participantId]);
  }
}
