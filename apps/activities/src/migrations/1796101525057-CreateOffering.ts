import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOffering1796101525057 implements MigrationInterface {
  name = 'CreateOffering1796101525057';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE offering (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        office_id text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    // Reads are scoped to an office.
    await queryRunner.query('CREATE INDEX offering_office ON offering (office_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE offering');
  }
}
