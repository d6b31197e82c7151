import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The costs read model (`cost_*`: facts from the participants and activities topics, counted at
 * query time over the outcomes read model's admissions) and the analysts' control-group baselines.
 * `control_baseline` is owned data, entered here and nowhere else: a rebuild of a read model
 * truncates `cost_*` tables only, never this one.
 */
export class CreateCosts1796500000000 implements MigrationInterface {
  name = 'CreateCosts1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE cost_activity_support (
        period_id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        from_date date NOT NULL,
        to_date date NOT NULL,
        daily_amount numeric(12, 2) NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX cost_activity_support_participant ON cost_activity_support (participant_id)',
    );
    // One row per enrolment, each event filling its own columns, so arrival order does not matter.
    await queryRunner.query(`
      CREATE TABLE cost_enrolment (
        enrolment_id uuid PRIMARY KEY,
        participant_id uuid NOT NULL,
        planned_from date,
        cost numeric(14, 2),
        started_on date,
        interrupted_from text,
        completed_cost numeric(14, 2)
      )`);
    await queryRunner.query(
      'CREATE INDEX cost_enrolment_participant ON cost_enrolment (participant_id)',
    );
    await queryRunner.query(`
      CREATE TABLE control_baseline (
        id uuid PRIMARY KEY,
        county_code text NOT NULL,
        period_from date NOT NULL,
        period_to date NOT NULL,
        window_months integer NOT NULL,
        activity_support_per_person numeric(14, 2) NOT NULL,
        intervention_per_person numeric(14, 2),
        group_size integer NOT NULL,
        version integer NOT NULL,
        set_at timestamptz NOT NULL,
        set_by uuid NOT NULL,
        UNIQUE (county_code, period_from, period_to, window_months),
        CHECK (period_from <= period_to),
        CHECK (window_months BETWEEN 1 AND 60),
        CHECK (group_size >= 1)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['control_baseline', 'cost_enrolment', 'cost_activity_support'])
      await queryRunner.query(`DROP TABLE ${table}`);
  }
}
