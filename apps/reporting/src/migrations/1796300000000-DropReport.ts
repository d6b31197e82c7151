import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The scaffold's placeholder `report` aggregate is gone: the service serves read models only. */
export class DropReport1796300000000 implements MigrationInterface {
  name = 'DropReport1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        office_id text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX report_office ON report (office_id)');
  }
}
