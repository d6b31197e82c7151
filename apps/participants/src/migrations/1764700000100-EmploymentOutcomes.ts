import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Employment outcomes with their retention checks, and activity-support periods. Codes are checked
 * here too, so a row the application would refuse cannot exist; overlapping support periods of one
 * participant are excluded by the database, whatever writes them.
 */
export class EmploymentOutcomes1764700000100 implements MigrationInterface {
  name = 'EmploymentOutcomes1764700000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employment (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participant (id),
        employer_id uuid NOT NULL,
        start_date date NOT NULL,
        end_date date CHECK (end_date IS NULL OR end_date >= start_date),
        hours_per_week numeric(4, 2) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 60),
        form text NOT NULL CHECK (form IN ('UNSUBSIDISED_PERMANENT', 'UNSUBSIDISED_FIXED_TERM',
          'SUBSIDISED', 'PREPARATORY', 'MUNICIPAL_LABOUR_MARKET')),
        subsidy_kind text CHECK (subsidy_kind IN ('NYSTARTSJOBB', 'ANSTALLNINGSSTOD', 'LONEBIDRAG',
          'INTRODUKTIONSJOBB', 'TRYGGHETSANSTALLNING', 'OTHER')),
        acquired boolean NOT NULL,
        acquired_through_contact_id uuid,
        counts_as_work boolean NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT employment_subsidy_iff_subsidised
          CHECK ((form = 'SUBSIDISED') = (subsidy_kind IS NOT NULL)),
        CONSTRAINT employment_contact_iff_acquired
          CHECK (acquired = (acquired_through_contact_id IS NOT NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX employment_participant ON employment (participant_id, start_date DESC, id)',
    );

    await queryRunner.query(`
      CREATE TABLE retention_check (
        id uuid PRIMARY KEY,
        employment_id uuid NOT NULL REFERENCES employment (id),
        participant_id uuid NOT NULL REFERENCES participant (id),
        months_after_start smallint NOT NULL CHECK (months_after_start IN (3, 6, 12)),
        due_on date NOT NULL,
        result text CHECK (result IN ('STILL_EMPLOYED', 'NOT_EMPLOYED', 'UNKNOWN')),
        checked_on date,
        checked_by uuid,
        checked_at timestamptz,
        CONSTRAINT retention_check_once UNIQUE (employment_id, months_after_start),
        CONSTRAINT retention_check_complete CHECK (
          (result IS NULL) = (checked_on IS NULL) AND (result IS NULL) = (checked_by IS NULL))
      )`);
    await queryRunner.query(
      'CREATE INDEX retention_check_participant ON retention_check (participant_id, due_on, id)',
    );
    // The follow-up list: unchecked checks by due date.
    await queryRunner.query(
      'CREATE INDEX retention_check_open ON retention_check (due_on, id) WHERE result IS NULL',
    );

    // btree_gist lets one exclusion constraint compare the participant (=) and the days (&&).
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query(`
      CREATE TABLE activity_support_period (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participant (id),
        from_date date NOT NULL,
        to_date date NOT NULL,
        daily_amount numeric(10, 2) NOT NULL CHECK (daily_amount >= 0 AND daily_amount <= 10000),
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        CONSTRAINT activity_support_period_dates CHECK (from_date <= to_date),
        CONSTRAINT activity_support_period_no_overlap EXCLUDE USING gist (
          participant_id WITH =, daterange(from_date, to_date, '[]') WITH &&)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE activity_support_period');
    await queryRunner.query('DROP TABLE retention_check');
    await queryRunner.query('DROP TABLE employment');
  }
}
