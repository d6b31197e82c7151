import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTrack1796106326339 implements MigrationInterface {
  name = 'CreateTrack1796106326339';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE track (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        office_id text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    // Reads are scoped to an office.
    await queryRunner.query('CREATE INDEX track_office ON track (office_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE track');
  }
}
