import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The adoption read model: the rollout's offices and their process leaders, assessments, support
 * given, and the evidence from data (Jobbforum and preparatory employment per office, in-depth
 * follow-ups on the office's tracks). Facts only; the latest assessment and the evidence are
 * counted at query time, since they arrive on three topics with no order between them.
 */
export class CreateAdoption1796510000000 implements MigrationInterface {
  name = 'CreateAdoption1796510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE adoption_office (
        office_id text PRIMARY KEY,
        joined_on date NOT NULL,
        process_leader_ids uuid[] NOT NULL,
        municipality_codes text[] NOT NULL,
        joined_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX adoption_office_leaders ON adoption_office USING gin (process_leader_ids)',
    );
    await queryRunner.query(`
      CREATE TABLE adoption_assessment (
        assessment_id uuid PRIMARY KEY,
        office_id text NOT NULL,
        level text NOT NULL,
        assessed_on date NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX adoption_assessment_latest ON adoption_assessment (office_id, assessed_on DESC, recorded_at DESC)',
    );
    await queryRunner.query(`
      CREATE TABLE adoption_support (
        support_id uuid PRIMARY KEY,
        office_id text NOT NULL,
        kind text NOT NULL,
        given_on date NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX adoption_support_office ON adoption_support (office_id)');
    await queryRunner.query(`
      CREATE TABLE adoption_evidence (
        source_id uuid PRIMARY KEY,
        office_id text NOT NULL,
        kind text NOT NULL,
        participant_id uuid NOT NULL,
        seen_on date NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX adoption_evidence_office ON adoption_evidence (office_id, kind, seen_on)',
    );
    await queryRunner.query(`
      CREATE TABLE adoption_track (
        track_id uuid PRIMARY KEY,
        office_ids text[] NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE adoption_follow_up (
        follow_up_id uuid PRIMARY KEY,
        track_id uuid NOT NULL,
        held_on date NOT NULL,
        participant_ids uuid[] NOT NULL,
        employer_count integer NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX adoption_follow_up_track ON adoption_follow_up (track_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'adoption_follow_up',
      'adoption_track',
      'adoption_evidence',
      'adoption_support',
      'adoption_assessment',
      'adoption_office',
    ])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
