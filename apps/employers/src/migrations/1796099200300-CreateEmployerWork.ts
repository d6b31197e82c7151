import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The officers' employer work: contacts logged with an outcome (the summary encrypted, it may name
 * people), the vacancies acquired from them and the participants who filled them, and the
 * employer's feedback at follow-ups (the comment encrypted).
 */
export class CreateEmployerWork1796099200300 implements MigrationInterface {
  name = 'CreateEmployerWork1796099200300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE employer_contact (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employer (id),
        kind text NOT NULL CHECK (kind IN ('VISIT', 'CALL', 'MEETING', 'EMAIL')),
        outcome text NOT NULL CHECK (outcome IN
          ('NO_NEED', 'NEED_IDENTIFIED', 'VACANCY_ACQUIRED', 'FOLLOW_UP_PLANNED', 'OTHER')),
        occurred_on date NOT NULL,
        summary_encrypted text,
        officer_id uuid NOT NULL,
        office_id text NOT NULL,
        logged_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX employer_contact_employer ON employer_contact (employer_id, occurred_on)',
    );
    await queryRunner.query(
      'CREATE INDEX employer_contact_officer ON employer_contact (officer_id, occurred_on)',
    );
    await queryRunner.query(
      'CREATE INDEX employer_contact_office ON employer_contact (office_id, occurred_on)',
    );
    await queryRunner.query(`
      CREATE TABLE acquired_vacancy (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employer (id),
        contact_id uuid NOT NULL REFERENCES employer_contact (id),
        occupation_code char(4),
        positions integer NOT NULL CHECK (positions BETWEEN 1 AND 100),
        acquired_on date NOT NULL,
        officer_id uuid NOT NULL,
        office_id text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX acquired_vacancy_employer ON acquired_vacancy (employer_id)',
    );
    await queryRunner.query(
      'CREATE INDEX acquired_vacancy_contact ON acquired_vacancy (contact_id)',
    );
    await queryRunner.query(
      'CREATE INDEX acquired_vacancy_officer ON acquired_vacancy (officer_id, acquired_on)',
    );
    await queryRunner.query(
      'CREATE INDEX acquired_vacancy_office ON acquired_vacancy (office_id, acquired_on)',
    );
    await queryRunner.query(`
      CREATE TABLE vacancy_fill (
        id uuid PRIMARY KEY,
        vacancy_id uuid NOT NULL REFERENCES acquired_vacancy (id),
        participant_id uuid NOT NULL,
        filled_on date NOT NULL,
        recorded_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        UNIQUE (vacancy_id, participant_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE employer_feedback (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employer (id),
        participant_id uuid,
        context text NOT NULL CHECK (context IN ('INTERNSHIP', 'WORKPLACE_TRAINING', 'EMPLOYMENT')),
        experience smallint NOT NULL CHECK (experience BETWEEN 1 AND 5),
        support_needs text[] NOT NULL,
        comment_encrypted text,
        recorded_by uuid NOT NULL,
        recorded_by_role text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX employer_feedback_employer ON employer_feedback (employer_id, recorded_at)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE employer_feedback');
    await queryRunner.query('DROP TABLE vacancy_fill');
    await queryRunner.query('DROP TABLE acquired_vacancy');
    await queryRunner.query('DROP TABLE employer_contact');
  }
}
