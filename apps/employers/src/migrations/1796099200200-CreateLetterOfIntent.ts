import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Letters of intent (avsiktsförklaringar): the letter with its current status and version, every
 * version as written, and every party's approval of a version (revoked, never deleted, by a change).
 */
export class CreateLetterOfIntent1796099200200 implements MigrationInterface {
  name = 'CreateLetterOfIntent1796099200200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE letter_of_intent (
        id uuid PRIMARY KEY,
        employer_id uuid NOT NULL REFERENCES employer (id),
        municipality_code char(4) NOT NULL,
        status text NOT NULL
          CHECK (status IN ('DRAFT', 'APPROVED', 'FULFILLED', 'CANCELLED')),
        current_version integer NOT NULL CHECK (current_version >= 1),
        drafted_at timestamptz NOT NULL,
        drafted_by uuid NOT NULL,
        closed_at timestamptz,
        closed_by uuid
      )`);
    await queryRunner.query(
      'CREATE INDEX letter_of_intent_employer ON letter_of_intent (employer_id, status)',
    );
    // A municipal case worker reaches the letters of their municipality.
    await queryRunner.query(
      'CREATE INDEX letter_of_intent_municipality ON letter_of_intent (municipality_code)',
    );
    await queryRunner.query(`
      CREATE TABLE letter_of_intent_version (
        letter_id uuid NOT NULL REFERENCES letter_of_intent (id),
        version integer NOT NULL CHECK (version >= 1),
        competence_need_id uuid,
        job_track_id uuid,
        internship_places integer NOT NULL CHECK (internship_places BETWEEN 0 AND 100),
        interviews integer NOT NULL CHECK (interviews BETWEEN 0 AND 100),
        intended_hires integer NOT NULL CHECK (intended_hires BETWEEN 0 AND 100),
        steps jsonb NOT NULL,
        valid_from date NOT NULL,
        valid_until date NOT NULL CHECK (valid_until >= valid_from),
        preparatory_employment boolean NOT NULL,
        municipality_code char(4) NOT NULL,
        written_at timestamptz NOT NULL,
        written_by uuid NOT NULL,
        PRIMARY KEY (letter_id, version),
        CHECK (competence_need_id IS NULL OR job_track_id IS NULL)
      )`);
    await queryRunner.query(`
      CREATE TABLE letter_of_intent_approval (
        id uuid PRIMARY KEY,
        letter_id uuid NOT NULL,
        version integer NOT NULL,
        party text NOT NULL
          CHECK (party IN ('ARBETSFORMEDLINGEN', 'MUNICIPALITY', 'EMPLOYER', 'PARTICIPANT')),
        approved_by uuid NOT NULL,
        approved_at timestamptz NOT NULL,
        reason_encrypted text,
        revoked_at timestamptz,
        UNIQUE (letter_id, version, party),
        FOREIGN KEY (letter_id, version) REFERENCES letter_of_intent_version (letter_id, version),
        CHECK (party <> 'PARTICIPANT' OR reason_encrypted IS NOT NULL)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE letter_of_intent_approval');
    await queryRunner.query('DROP TABLE letter_of_intent_version');
    await queryRunner.query('DROP TABLE letter_of_intent');
  }
}
