import type { EntityManager } from 'typeorm';

/**
 * A module that keeps personal data of a participant outside the participant row (notes,
 * assessments, referrals …) removes it here, in the erasure's transaction.
 */
export interface PersonalDataEraser {
  eraseParticipant(manager: EntityManager, participantId: string): Promise<void>;
}

export const PERSONAL_DATA_ERASERS = Symbol('PERSONAL_DATA_ERASERS');
