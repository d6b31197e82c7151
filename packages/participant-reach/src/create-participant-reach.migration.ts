import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The replica's tables. Ids and codes only, never personal data. `office_id` and
 * `home_municipality_code` stay empty while only a later event (exit, erasure) has been seen.
 * A service lists this class in its migrations.
 */
export class CreateParticipantReach1796200000000 implements MigrationInterface {
  name = 'CreateParticipantReach1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE participant_reach (
        participant_id uuid PRIMARY KEY,
        office_id text,
        home_municipality_code text,
        status text NOT NULL
          CHECK (status IN ('REGISTERED', 'IN_TRACK', 'EMPLOYED', 'EXITED', 'ERASED')),
        last_sequence integer,
        last_event_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX participant_reach_office ON participant_reach (office_id)',
    );
    await queryRunner.query(
      'CREATE INDEX participant_reach_municipality ON participant_reach (home_municipality_code)',
    );
    await queryRunner.query(`
      CREATE TABLE participant_reach_consent (
        consent_id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        municipality_code text NOT NULL,
        withdrawn boolean NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX participant_reach_consent_valid
         ON participant_reach_consent (participant_id, municipality_code) WHERE NOT withdrawn`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE participant_reach_consent');
    await queryRunner.query('DROP TABLE participant_reach');
  }
}
