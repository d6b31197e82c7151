import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Closing (participants' results, certificates, hand-overs), the joint evaluation, and the rollout
 * of the Jobbnätet method to AF offices. Participants are keyed by id without a foreign key: the
 * recruitment part owns the track's participants.
 */
export class CreateClosingAndRollout1796122000000 implements MigrationInterface {
  name = 'CreateClosingAndRollout1796122000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE participant_result (
        track_id uuid NOT NULL REFERENCES job_track (id),
        participant_id uuid NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('EMPLOYED', 'OTHER_INTERVENTION', 'DISCONTINUED')),
        employment_form text CHECK (employment_form IN ('UNSUBSIDISED', 'SUBSIDISED', 'PREPARATORY')),
        subsidy_kind text,
        reason_code text,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL,
        PRIMARY KEY (track_id, participant_id),
        CHECK ((outcome = 'EMPLOYED') = (employment_form IS NOT NULL AND reason_code IS NULL)),
        CHECK ((employment_form = 'SUBSIDISED') = (subsidy_kind IS NOT NULL))
      )`);
    // Kept as recorded: the service's role inserts, never changes or removes these two.
    await queryRunner.query(`
      CREATE TABLE certificate_record (
        track_id uuid NOT NULL REFERENCES job_track (id),
        participant_id uuid NOT NULL,
        issued_on date NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL,
        PRIMARY KEY (track_id, participant_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE participant_hand_over (
        track_id uuid NOT NULL REFERENCES job_track (id),
        participant_id uuid NOT NULL,
        target_track_id uuid NOT NULL REFERENCES job_track (id),
        handed_over_at timestamptz NOT NULL,
        handed_over_by uuid NOT NULL,
        PRIMARY KEY (track_id, participant_id),
        CHECK (target_track_id <> track_id)
      )`);
    await queryRunner.query(
      'CREATE INDEX participant_hand_over_target ON participant_hand_over (target_track_id)',
    );
    await queryRunner.query(`
      CREATE TABLE track_evaluation (
        track_id uuid PRIMARY KEY REFERENCES job_track (id),
        answers jsonb NOT NULL,
        draft_version integer NOT NULL CHECK (draft_version >= 1),
        updated_at timestamptz NOT NULL,
        updated_by uuid NOT NULL,
        af_approved_by uuid,
        af_approved_at timestamptz,
        municipal_approved_by uuid,
        municipal_approved_at timestamptz,
        counts jsonb,
        published_at timestamptz,
        published_by uuid,
        CHECK ((published_at IS NULL) = (counts IS NULL)),
        CHECK (published_at IS NULL OR (af_approved_by IS NOT NULL AND municipal_approved_by IS NOT NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE rollout_target (
        county_code text PRIMARY KEY CHECK (county_code ~ '^[0-9]{2}$'),
        target_percent integer NOT NULL CHECK (target_percent BETWEEN 1 AND 100),
        target_date date NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by uuid
      )`);
    // DOMAIN.md: 75 % of Stockholm county's participating offices by the project's end, July 2007.
    await queryRunner.query(
      `INSERT INTO rollout_target (county_code, target_percent, target_date, updated_at)
       VALUES ('01', 75, '2007-07-31', now())`,
    );
    await queryRunner.query(`
      CREATE TABLE rollout_office (
        office_id text PRIMARY KEY,
        county_code text NOT NULL REFERENCES rollout_target (county_code),
        joined_on date NOT NULL,
        process_leader_ids uuid[] NOT NULL,
        joined_at timestamptz NOT NULL,
        joined_by uuid NOT NULL,
        version integer NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE rollout_support (
        id uuid PRIMARY KEY,
        office_id text NOT NULL REFERENCES rollout_office (office_id),
        kind text NOT NULL CHECK (kind IN ('TRAINING_SESSION', 'MATERIALS', 'ON_SITE_COACHING')),
        given_on date NOT NULL,
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX rollout_support_office ON rollout_support (office_id)');
    await queryRunner.query(`
      CREATE TABLE adoption_assessment (
        id uuid PRIMARY KEY,
        office_id text NOT NULL REFERENCES rollout_office (office_id),
        level text NOT NULL CHECK (level IN ('NOT_STARTED', 'PARTIAL', 'FULL')),
        assessed_on date NOT NULL,
        evidence text NOT NULL CHECK (length(evidence) > 0),
        recorded_at timestamptz NOT NULL,
        recorded_by uuid NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX adoption_assessment_latest ON adoption_assessment (office_id, assessed_on DESC, recorded_at DESC)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE adoption_assessment');
    await queryRunner.query('DROP TABLE rollout_support');
    await queryRunner.query('DROP TABLE rollout_office');
    await queryRunner.query('DROP TABLE rollout_target');
    await queryRunner.query('DROP TABLE track_evaluation');
    await queryRunner.query('DROP TABLE participant_hand_over');
    await queryRunner.query('DROP TABLE certificate_record');
    await queryRunner.query('DROP TABLE participant_result');
  }
}
