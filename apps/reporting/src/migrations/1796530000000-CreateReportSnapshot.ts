import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Frozen report snapshots: owned data, not a read model, so a rebuild of the read models never
 * touches it. Immutable: the runtime role may not update or delete it (`@AppendOnly`).
 */
export class CreateReportSnapshot1796530000000 implements MigrationInterface {
  name = 'CreateReportSnapshot1796530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_snapshot (
        id uuid PRIMARY KEY,
        scope text NOT NULL CHECK (scope IN ('REGION', 'OFFICE', 'MUNICIPALITY')),
        office_id text,
        municipality_code text,
        period_from date NOT NULL,
        period_to date NOT NULL CHECK (period_to >= period_from),
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL,
        csv text NOT NULL,
        json text NOT NULL,
        csv_sha256 text NOT NULL,
        json_sha256 text NOT NULL,
        -- [{ group, topic, partition, offset }]: the last offset applied per topic-partition.
        offsets jsonb NOT NULL,
        CHECK ((scope = 'OFFICE') = (office_id IS NOT NULL)),
        CHECK ((scope = 'MUNICIPALITY') = (municipality_code IS NOT NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX report_snapshot_created ON report_snapshot (created_at DESC, id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE report_snapshot');
  }
}
