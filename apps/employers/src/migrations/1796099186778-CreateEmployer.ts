import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEmployer1796099186778 implements MigrationInterface {
  name = 'CreateEmployer1796099186778';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        office_id text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    // Reads are scoped to an office.
    await queryRunner.query('CREATE INDEX employer_office ON employer (office_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE employer');
  }
}
