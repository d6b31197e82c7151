import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tally's counters became hot rows: every status change of an office's participants updated
 * the same (office, status) rows and held them until commit, so all of an office's writers took
 * turns (a convoy under load). Now each statement appends its deltas as new rows, which nobody
 * waits on; a count still sums the office's rows, and `TallyCompaction` folds them together.
 */
export class ParticipantTallyDeltas1764700000600 implements MigrationInterface {
  name = 'ParticipantTallyDeltas1764700000600';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE participant_tally DROP CONSTRAINT participant_tally_pkey');
    await queryRunner.query(
      'CREATE INDEX participant_tally_office_status ON participant_tally (office_id, status)',
    );
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION participant_tally_add(changes jsonb) RETURNS void LANGUAGE sql AS $$
        INSERT INTO participant_tally (office_id, status, participants)
        SELECT change->>'office_id', change->>'status', sum((change->>'delta')::bigint)
          FROM jsonb_array_elements(changes) AS change
         GROUP BY 1, 2
        HAVING sum((change->>'delta')::bigint) <> 0
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION participant_tally_add(changes jsonb) RETURNS void LANGUAGE sql AS $$
        INSERT INTO participant_tally (office_id, status, participants)
        SELECT change->>'office_id', change->>'status', sum((change->>'delta')::bigint)
          FROM jsonb_array_elements(changes) AS change
         GROUP BY 1, 2
         ORDER BY 1, 2
        ON CONFLICT (office_id, status)
          DO UPDATE SET participants = participant_tally.participants + EXCLUDED.participants
      $$`);
    await queryRunner.query('DROP INDEX participant_tally_office_status');
    // Fold the deltas first: the key needs one row per office and status.
    await queryRunner.query(`
      WITH gone AS (DELETE FROM participant_tally RETURNING office_id, status, participants)
      INSERT INTO participant_tally SELECT office_id, status, sum(participants) FROM gone GROUP BY 1, 2`);
    await queryRunner.query('ALTER TABLE participant_tally ADD PRIMARY KEY (office_id, status)');
  }
}
