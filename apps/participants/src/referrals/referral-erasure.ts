import type { EntityManager } from 'typeorm';
import type { PersonalDataEraser } from '../erasure/personal-data-eraser';

/**
 * For the erasure of a participant, in its transaction: clears the personal columns of every
 * referral linked to the participant, and of the same person's other referrals (found by the blind
 * index of a linked referral or of the participant, so call it before the participant's own index
 * is cleared: the erasure runs its erasers first). Status, dates, office and municipality stay: the referral remains a statistic.
 * Returns how many referrals were cleared.
 */
export async function referralsOfParticipantErased(
  manager: EntityManager,
  participantId: string,
): Promise<number> {
  // An UPDATE through TypeORM's PostgreSQL driver answers [rows, affected].
  const [, cleared] = (await manager.query(
    `WITH person AS (
       SELECT identity_number_index AS idx FROM referral
        WHERE participant_id = $1 AND identity_number_index IS NOT NULL
       UNION
       SELECT identity_number_index FROM participant
        WHERE id = $1 AND identity_number_index IS NOT NULL
     )
     UPDATE referral SET identity_number_encrypted = NULL, identity_number_index = NULL,
       person_encrypted = NULL, reason_encrypted = NULL
     WHERE (participant_id = $1 OR identity_number_index IN (SELECT idx FROM person))
       AND (identity_number_encrypted IS NOT NULL OR identity_number_index IS NOT NULL
         OR person_encrypted IS NOT NULL OR reason_encrypted IS NOT NULL)`,
    [participantId],
  )) as [unknown[], number];
  return cleared;
}

/** The referrals' part of an erasure, for the erasure module. */
export const referralsEraser: PersonalDataEraser = {
  async eraseParticipant(manager, participantId) {
    await referralsOfParticipantErased(manager, participantId);
  },
};
