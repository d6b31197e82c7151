import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The operations read model: tracks with their phase facts and follow-up facts, and employments
 * counted as work with their retention checks. What is overdue depends on the day asked, so it is
 * worked out at query time.
 */
export class CreateOperations1796511000000 implements MigrationInterface {
  name = 'CreateOperations1796511000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE operations_track (
        track_id uuid PRIMARY KEY,
        office_ids text[] NOT NULL,
        municipality_codes text[] NOT NULL,
        employer_ids uuid[] NOT NULL,
        created_phase text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE operations_track_phase (
        track_id uuid NOT NULL,
        version integer NOT NULL,
        to_phase text NOT NULL,
        changed_on date NOT NULL,
        PRIMARY KEY (track_id, version)
      )`);
    await queryRunner.query(`
      CREATE TABLE operations_track_end (
        track_id uuid PRIMARY KEY,
        phase text NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE operations_follow_up_schedule (
        track_id uuid PRIMARY KEY,
        every_days integer,
        applied_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE operations_follow_up (
        follow_up_id uuid PRIMARY KEY,
        track_id uuid NOT NULL,
        held_on date NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX operations_follow_up_track ON operations_follow_up (track_id)',
    );
    await queryRunner.query(`
      CREATE TABLE operations_employment (
        outcome_id uuid PRIMARY KEY,
        office_id text NOT NULL,
        municipality_codes text[] NOT NULL,
        employer_id uuid NOT NULL,
        start_date date NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX operations_employment_office ON operations_employment (office_id)',
    );
    await queryRunner.query(`
      CREATE TABLE operations_retention_check (
        check_id uuid PRIMARY KEY,
        outcome_id uuid NOT NULL,
        months_after_start integer NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX operations_retention_outcome ON operations_retention_check (outcome_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'operations_retention_check',
      'operations_employment',
      'operations_follow_up',
      'operations_follow_up_schedule',
      'operations_track_end',
      'operations_track_phase',
      'operations_track',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
