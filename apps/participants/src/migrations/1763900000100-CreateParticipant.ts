import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateParticipant1763900000100 implements MigrationInterface {
  name = 'CreateParticipant1763900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE participant (
        id uuid PRIMARY KEY,
        identity_number_encrypted text NOT NULL,
        identity_number_index text NOT NULL UNIQUE,
        given_name text NOT NULL,
        family_name text NOT NULL,
        home_municipality_code char(4) NOT NULL,
        office_id text NOT NULL,
        registered_at timestamptz NOT NULL,
        registered_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    // Keyset pagination within an office or a municipality, newest first.
    await queryRunner.query(
      'CREATE INDEX participant_office_page ON participant (office_id, registered_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX participant_municipality_page ON participant (home_municipality_code, registered_at DESC, id DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE participant');
  }
}
