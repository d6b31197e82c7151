import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Recruitment: the plan, the material with its gender-equality reviews, candidates, their declined
 * invitations and the track's participants. Participant ids only; the participant replica
 * (participant_reach) comes with CreateParticipantReach1796200000000.
 */
export class CreateRecruitment1796120000000 implements MigrationInterface {
  name = 'CreateRecruitment1796120000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE recruitment_plan (
        track_id uuid PRIMARY KEY REFERENCES job_track (id),
        method text NOT NULL,
        activities jsonb NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE recruitment_material (
        track_id uuid PRIMARY KEY REFERENCES job_track (id),
        ad_text text NOT NULL,
        requirements text NOT NULL,
        content_version integer NOT NULL CHECK (content_version >= 1),
        status text NOT NULL CHECK (status IN ('DRAFT', 'CHANGES_NEEDED', 'APPROVED', 'PUBLISHED')),
        drafted_at timestamptz NOT NULL,
        drafted_by uuid NOT NULL,
        published_at timestamptz,
        published_by uuid
      )`);
    await queryRunner.query(`
      CREATE TABLE recruitment_material_review (
        id bigserial PRIMARY KEY,
        track_id uuid NOT NULL REFERENCES recruitment_material (track_id),
        content_version integer NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('APPROVED', 'CHANGES_NEEDED')),
        notes text,
        reviewed_at timestamptz NOT NULL,
        reviewed_by uuid NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX recruitment_material_review_track ON recruitment_material_review (track_id)',
    );
    await queryRunner.query(`
      CREATE TABLE candidate (
        id uuid PRIMARY KEY,
        track_id uuid NOT NULL REFERENCES job_track (id),
        participant_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('IDENTIFIED', 'PREREQUISITES_ASSESSED', 'PREPARED',
          'MET_EMPLOYER', 'ADMITTED', 'NOT_ADMITTED')),
        assessment_id uuid,
        met_employer_id uuid,
        met_on date,
        not_admitted_reason text,
        selected_by_employer_id uuid,
        admitted_on date,
        identified_at timestamptz NOT NULL,
        identified_by uuid NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL,
        UNIQUE (track_id, participant_id),
        CHECK ((status = 'NOT_ADMITTED') = (not_admitted_reason IS NOT NULL)),
        CHECK ((status = 'ADMITTED') = (selected_by_employer_id IS NOT NULL AND admitted_on IS NOT NULL))
      )`);
    await queryRunner.query('CREATE INDEX candidate_participant ON candidate (participant_id)');
    await queryRunner.query(`
      CREATE TABLE candidate_declined_invitation (
        id bigserial PRIMARY KEY,
        candidate_id uuid NOT NULL REFERENCES candidate (id),
        invitation text NOT NULL CHECK (invitation IN ('EMPLOYER_MEETING', 'FINAL_SELECTION')),
        recorded_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX candidate_declined_invitation_candidate ON candidate_declined_invitation (candidate_id)',
    );
    await queryRunner.query(`
      CREATE TABLE track_participant (
        track_id uuid NOT NULL REFERENCES job_track (id),
        participant_id uuid NOT NULL,
        candidate_id uuid NOT NULL UNIQUE REFERENCES candidate (id),
        admitted_on date NOT NULL,
        selected_by_employer_id uuid NOT NULL,
        admitted_at timestamptz NOT NULL,
        admitted_by uuid NOT NULL,
        PRIMARY KEY (track_id, participant_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX track_participant_participant ON track_participant (participant_id)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE track_participant');
    await queryRunner.query('DROP TABLE candidate_declined_invitation');
    await queryRunner.query('DROP TABLE candidate');
    await queryRunner.query('DROP TABLE recruitment_material_review');
    await queryRunner.query('DROP TABLE recruitment_material');
    await queryRunner.query('DROP TABLE recruitment_plan');
  }
}
