import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The funnel read model keeps its own facts (its own consumer group, rebuilt on its own), one row
 * per fact, and counts at query time: the jobs come on the participants topic with no order
 * against the track's events.
 */
export class CreateFunnel1796400000000 implements MigrationInterface {
  name = 'CreateFunnel1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE funnel_track (
        track_id uuid PRIMARY KEY,
        office_ids text[] NOT NULL,
        municipality_codes text[] NOT NULL,
        employer_ids uuid[] NOT NULL
      )`);
    // Each pipeline status a candidate reached on a track (IDENTIFIED, PREREQUISITES_ASSESSED, …).
    await queryRunner.query(`
      CREATE TABLE funnel_candidate_status (
        track_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        status text NOT NULL,
        PRIMARY KEY (track_id, participant_id, status)
      )`);
    await queryRunner.query(`
      CREATE TABLE funnel_admission (
        track_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        admitted_on date NOT NULL,
        selected_by_employer_id uuid NOT NULL,
        PRIMARY KEY (track_id, participant_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX funnel_admission_participant ON funnel_admission (participant_id, admitted_on)',
    );
    await queryRunner.query(`
      CREATE TABLE funnel_track_result (
        track_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        outcome text NOT NULL,
        recorded_at timestamptz NOT NULL,
        PRIMARY KEY (track_id, participant_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE funnel_employment (
        outcome_id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        start_date date NOT NULL,
        counts_as_work boolean NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX funnel_employment_participant ON funnel_employment (participant_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'funnel_employment',
      'funnel_track_result',
      'funnel_admission',
      'funnel_candidate_status',
      'funnel_track',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
