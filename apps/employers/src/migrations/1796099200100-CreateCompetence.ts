import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Competence needs (kompetensbehov) of an employer, and the competence profiles (kompetensprofil)
 * agreed for them: a profile per need, every version kept.
 */
export class CreateCompetence1796099200100 implements MigrationInterface {
  name = 'CreateCompetence1796099200100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE competence_need (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employer (id),
        occupation_code char(4) NOT NULL,
        headcount integer NOT NULL CHECK (headcount BETWEEN 1 AND 500),
        needed_from date NOT NULL,
        needed_until date CHECK (needed_until IS NULL OR needed_until >= needed_from),
        requirements jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('OPEN', 'BEING_MET', 'MET', 'WITHDRAWN')),
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL,
        status_changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX competence_need_employer ON competence_need (employer_id, status, recorded_at)',
    );
    await queryRunner.query(`
      CREATE TABLE competence_profile (
        id uuid PRIMARY KEY,
        need_id uuid NOT NULL UNIQUE REFERENCES competence_need (id),
        employer_id uuid NOT NULL REFERENCES employer (id),
        current_version integer NOT NULL CHECK (current_version >= 1)
      )`);
    await queryRunner.query(`
      CREATE TABLE competence_profile_version (
        profile_id uuid NOT NULL REFERENCES competence_profile (id),
        version integer NOT NULL CHECK (version >= 1),
        occupation_code char(4) NOT NULL,
        competences jsonb NOT NULL,
        language_requirements jsonb NOT NULL,
        agreed_at timestamptz NOT NULL,
        agreed_by uuid NOT NULL,
        PRIMARY KEY (profile_id, version)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE competence_profile_version');
    await queryRunner.query('DROP TABLE competence_profile');
    await queryRunner.query('DROP TABLE competence_need');
  }
}
