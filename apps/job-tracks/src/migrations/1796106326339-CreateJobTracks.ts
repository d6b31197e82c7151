import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Collaboration agreements, job tracks, their checklists, waivers and phase history. */
export class CreateJobTracks1796106326339 implements MigrationInterface {
  name = 'CreateJobTracks1796106326339';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE collaboration_agreement (
        id uuid PRIMARY KEY,
        municipality_code text NOT NULL,
        office_ids text[] NOT NULL CHECK (cardinality(office_ids) >= 1),
        valid_from date NOT NULL,
        valid_to date NOT NULL,
        contacts jsonb NOT NULL,
        roles_and_responsibilities text NOT NULL,
        method_suitability text NOT NULL,
        employer_work text NOT NULL,
        status text NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'ENDED')),
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        activated_at timestamptz,
        activated_by uuid,
        ended_at timestamptz,
        ended_by uuid,
        version integer NOT NULL,
        CHECK (valid_from <= valid_to)
      )`);
    await queryRunner.query(
      'CREATE INDEX agreement_offices ON collaboration_agreement USING gin (office_ids)',
    );
    await queryRunner.query(
      'CREATE INDEX agreement_municipality ON collaboration_agreement (municipality_code)',
    );
    await queryRunner.query(`
      CREATE TABLE job_track (
        id uuid PRIMARY KEY,
        agreement_id uuid NOT NULL REFERENCES collaboration_agreement (id),
        previous_round_id uuid UNIQUE REFERENCES job_track (id),
        round integer NOT NULL CHECK (round >= 1),
        name text NOT NULL,
        municipality_codes text[] NOT NULL CHECK (cardinality(municipality_codes) >= 1),
        office_ids text[] NOT NULL CHECK (cardinality(office_ids) >= 1),
        employer_ids uuid[] NOT NULL,
        competence_need_ids uuid[] NOT NULL,
        competence_profile_id uuid,
        provider_ids uuid[] NOT NULL,
        target_participants integer NOT NULL CHECK (target_participants BETWEEN 1 AND 1000),
        timeline jsonb NOT NULL,
        planned_start date NOT NULL,
        planned_end date NOT NULL,
        operational_team jsonb NOT NULL,
        coordinators jsonb NOT NULL,
        phase text NOT NULL CHECK (phase IN
          ('PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING', 'CLOSED', 'CANCELLED')),
        cancel_reason_code text,
        cancel_reason_text text,
        created_at timestamptz NOT NULL,
        created_by uuid NOT NULL,
        version integer NOT NULL,
        CHECK (planned_start <= planned_end),
        CHECK ((phase = 'CANCELLED') = (cancel_reason_code IS NOT NULL AND cancel_reason_text IS NOT NULL))
      )`);
    // Scope conditions: membership in the offices, municipalities and employers that run a track.
    await queryRunner.query('CREATE INDEX job_track_offices ON job_track USING gin (office_ids)');
    await queryRunner.query(
      'CREATE INDEX job_track_municipalities ON job_track USING gin (municipality_codes)',
    );
    await queryRunner.query(
      'CREATE INDEX job_track_employers ON job_track USING gin (employer_ids)',
    );
    await queryRunner.query(`
      CREATE TABLE checklist_item (
        track_id uuid NOT NULL REFERENCES job_track (id),
        item_code text NOT NULL,
        phase text NOT NULL CHECK (phase IN ('PLANNING', 'RECRUITMENT', 'IMPLEMENTATION', 'CLOSING')),
        position integer NOT NULL,
        state text NOT NULL CHECK (state IN ('NOT_DONE', 'DONE', 'NOT_APPLICABLE')),
        updated_at timestamptz,
        updated_by uuid,
        PRIMARY KEY (track_id, item_code)
      )`);
    // A waiver and its written reason are kept: the service's role may not change or remove them.
    await queryRunner.query(`
      CREATE TABLE checklist_waiver (
        track_id uuid NOT NULL,
        item_code text NOT NULL,
        reason text NOT NULL CHECK (length(reason) > 0),
        waived_at timestamptz NOT NULL,
        waived_by uuid NOT NULL,
        PRIMARY KEY (track_id, item_code),
        FOREIGN KEY (track_id, item_code) REFERENCES checklist_item (track_id, item_code)
      )`);
    await queryRunner.query(`
      CREATE TABLE phase_change (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        track_id uuid NOT NULL REFERENCES job_track (id),
        from_phase text,
        to_phase text NOT NULL,
        changed_at timestamptz NOT NULL,
        changed_by uuid NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX phase_change_track ON phase_change (track_id, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE phase_change');
    await queryRunner.query('DROP TABLE checklist_waiver');
    await queryRunner.query('DROP TABLE checklist_item');
    await queryRunner.query('DROP TABLE job_track');
    await queryRunner.query('DROP TABLE collaboration_agreement');
  }
}
