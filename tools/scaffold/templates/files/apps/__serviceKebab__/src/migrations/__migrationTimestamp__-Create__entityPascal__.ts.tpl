import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Create{{entityPascal}}{{migrationTimestamp}} implements MigrationInterface {
  name = 'Create{{entityPascal}}{{migrationTimestamp}}';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE {{entitySnake}} (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        office_id text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    // Reads are scoped to an office.
    await queryRunner.query('CREATE INDEX {{entitySnake}}_office ON {{entitySnake}} (office_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE {{entitySnake}}');
  }
}
