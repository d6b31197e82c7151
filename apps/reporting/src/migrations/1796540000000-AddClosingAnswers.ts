import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The closing answers the outcomes report counts: each result's reason for not being hired, and
 * the published joint evaluations' yes/no answers (one row per track, the latest publication).
 */
export class AddClosingAnswers1796540000000 implements MigrationInterface {
  name = 'AddClosingAnswers1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE outcome_track_result ADD COLUMN reason_code text');
    await queryRunner.query(`
      CREATE TABLE outcome_evaluation (
        track_id uuid PRIMARY KEY,
        continued_need boolean NOT NULL,
        new_starts integer NOT NULL,
        change_recommended boolean NOT NULL,
        good_example boolean NOT NULL,
        published_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE outcome_evaluation');
    await queryRunner.query('ALTER TABLE outcome_track_result DROP COLUMN reason_code');
  }
}
