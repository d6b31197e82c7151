import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Municipal referrals (anvisning / remiss): a case worker refers a person to an office, an officer
 * of that office accepts (registering or linking the participant) or declines. The personal columns
 * are nullable: erasure of the participant clears them and keeps the referral as a statistic.
 */
export class Referrals1764700000300 implements MigrationInterface {
  name = 'Referrals1764700000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY,
        from_municipality_code char(4) NOT NULL,
        to_office_id text NOT NULL,
        identity_number_encrypted text,
        identity_number_index text,
        person_encrypted text,
        reason_encrypted text,
        status text NOT NULL DEFAULT 'PENDING'
          CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED')),
        decline_reason text
          CHECK (decline_reason IN ('NOT_IN_TARGET_GROUP', 'OTHER_INTERVENTION_BETTER', 'PERSON_DECLINED', 'OTHER')),
        participant_id uuid REFERENCES participant (id),
        referred_by uuid NOT NULL,
        referred_at timestamptz NOT NULL,
        decided_by uuid,
        decided_at timestamptz,
        CONSTRAINT referral_decision CHECK (
          (status = 'PENDING' AND decided_at IS NULL AND decided_by IS NULL
             AND participant_id IS NULL AND decline_reason IS NULL)
          OR (status = 'ACCEPTED' AND decided_at IS NOT NULL AND decided_by IS NOT NULL
             AND participant_id IS NOT NULL AND decline_reason IS NULL)
          OR (status = 'DECLINED' AND decided_at IS NOT NULL AND decided_by IS NOT NULL
             AND participant_id IS NULL AND decline_reason IS NOT NULL))
      )`);
    // Not unique: the same person may be referred twice (by two municipalities, or again later).
    await queryRunner.query(
      'CREATE INDEX referral_identity_number ON referral (identity_number_index)',
    );
    await queryRunner.query(
      'CREATE INDEX referral_office ON referral (to_office_id, referred_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX referral_municipality ON referral (from_municipality_code, referred_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX referral_participant ON referral (participant_id) WHERE participant_id IS NOT NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE referral');
  }
}
