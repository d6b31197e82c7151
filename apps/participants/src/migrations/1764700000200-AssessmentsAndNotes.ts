import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (codes: readonly string[]) => codes.map((code) => `'${code}'`).join(', ');
// The vocabularies as they were when this migration was written: a new code is a new migration.
const factors = list(['LANGUAGE', 'HEALTH', 'CHILDCARE', 'TRANSPORT', 'DIGITAL_SKILLS', 'OTHER']);
const levels = list(['NO_OBSTACLE', 'SOME_SUPPORT_NEEDED', 'SIGNIFICANT_SUPPORT_NEEDED']);
const interventions = list([
  'SFI',
  'LANGUAGE_SUPPORT',
  'HEALTH_CARE_CONTACT',
  'REHABILITATION',
  'CHILDCARE_PLACE',
  'TRAVEL_SUPPORT',
  'DIGITAL_TRAINING',
  'MENTOR',
  'OTHER',
]);

/**
 * Prerequisites assessments (one row per assessment, one per factor it covers, each factor's texts
 * encrypted in its own row so health findings never share a ciphertext with anything else) and
 * support and progression notes, their text encrypted.
 */
export class AssessmentsAndNotes1764700000200 implements MigrationInterface {
  name = 'AssessmentsAndNotes1764700000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE assessment (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participant (id),
        assessed_on date NOT NULL,
        assessed_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX assessment_participant ON assessment (participant_id, assessed_on DESC, recorded_at DESC)',
    );
    await queryRunner.query(`
      CREATE TABLE assessment_factor (
        id uuid PRIMARY KEY,
        assessment_id uuid NOT NULL REFERENCES assessment (id),
        factor text NOT NULL CHECK (factor IN (${factors})),
        level text NOT NULL CHECK (level IN (${levels})),
        interventions text[] NOT NULL DEFAULT '{}'
          CHECK (interventions <@ ARRAY[${interventions}]::text[]),
        text_encrypted text,
        interventions_text_encrypted text,
        CONSTRAINT assessment_factor_once UNIQUE (assessment_id, factor)
      )`);

    await queryRunner.query(`
      CREATE TABLE participant_note (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participant (id),
        kind text NOT NULL CHECK (kind IN ('SUPPORT_NEED', 'PROGRESSION')),
        written_on date NOT NULL,
        written_by uuid NOT NULL,
        author_role text NOT NULL CHECK (author_role IN ('OFFICER', 'MUNICIPAL_CASE_WORKER')),
        text_encrypted text NOT NULL,
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX participant_note_participant ON participant_note (participant_id, written_on DESC, recorded_at DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE participant_note');
    await queryRunner.query('DROP TABLE assessment_factor');
    await queryRunner.query('DROP TABLE assessment');
  }
}
