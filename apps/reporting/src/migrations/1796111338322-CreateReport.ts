import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateReport1796111338322 implements MigrationInterface {
  name = 'CreateReport1796111338322';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        office_id text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    // Reads are scoped to an office.
    await queryRunner.query('CREATE INDEX report_office ON report (office_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report');
  }
}
