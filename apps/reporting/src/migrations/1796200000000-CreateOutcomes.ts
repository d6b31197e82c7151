import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outcomes read model keeps facts, one row per event's subject, and counts at query time: the
 * facts come from two topics (job-tracks and participants) with no order between them, so no
 * handler may depend on another's row being there first. Costs and snapshots add their own tables.
 */
export class CreateOutcomes1796200000000 implements MigrationInterface {
  name = 'CreateOutcomes1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outcome_admission (
        track_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        admitted_on date NOT NULL,
        office_ids text[] NOT NULL,
        municipality_codes text[] NOT NULL,
        selected_by_employer_id uuid NOT NULL,
        PRIMARY KEY (track_id, participant_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX outcome_admission_participant ON outcome_admission (participant_id, admitted_on)',
    );
    await queryRunner.query(`
      CREATE TABLE outcome_track (
        track_id uuid PRIMARY KEY,
        employer_ids uuid[] NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE outcome_employment (
        outcome_id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        employer_id uuid NOT NULL,
        form text NOT NULL,
        subsidy_kind text,
        start_date date NOT NULL,
        acquired boolean NOT NULL,
        counts_as_work boolean NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX outcome_employment_participant ON outcome_employment (participant_id)',
    );
    await queryRunner.query(`
      CREATE TABLE outcome_retention_check (
        check_id uuid PRIMARY KEY,
        outcome_id uuid NOT NULL,
        months_after_start integer NOT NULL,
        result text NOT NULL,
        checked_on date NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX outcome_retention_outcome ON outcome_retention_check (outcome_id)',
    );
    await queryRunner.query(`
      CREATE TABLE outcome_track_result (
        track_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        outcome text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (track_id, participant_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'outcome_track_result',
      'outcome_retention_check',
      'outcome_employment',
      'outcome_track',
      'outcome_admission',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
