import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The participant's whole case: details, status and exit on the participant; consents; the change
 * history of identity and contact fields; and the append-only access log.
 */
export class ParticipantCase1764700000000 implements MigrationInterface {
  name = 'ParticipantCase1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE participant
        ADD COLUMN pseudonym text,
        ADD COLUMN contact_encrypted text,
        ADD COLUMN languages text[] NOT NULL DEFAULT '{}',
        ADD COLUMN education_level text,
        ADD COLUMN driving_licences text[] NOT NULL DEFAULT '{}',
        ADD COLUMN labour_market_programme text,
        ADD COLUMN responsible_officer_id uuid,
        ADD COLUMN status text NOT NULL DEFAULT 'REGISTERED'
          CHECK (status IN ('REGISTERED', 'IN_TRACK', 'EMPLOYED', 'EXITED', 'ERASED')),
        ADD COLUMN exited_on date,
        ADD COLUMN exit_reason text,
        ADD COLUMN erased_at timestamptz,
        ALTER COLUMN identity_number_encrypted DROP NOT NULL,
        ALTER COLUMN identity_number_index DROP NOT NULL,
        ALTER COLUMN given_name DROP NOT NULL,
        ALTER COLUMN family_name DROP NOT NULL`);
    // Participants registered before pseudonyms get one that, like every other, derives from nothing personal.
    await queryRunner.query(
      `UPDATE participant SET pseudonym = 'D-' || upper(substr(md5(random()::text || id::text), 1, 8))`,
    );
    await queryRunner.query(`
      ALTER TABLE participant
        ALTER COLUMN pseudonym SET NOT NULL,
        ADD CONSTRAINT participant_pseudonym_unique UNIQUE (pseudonym),
        ADD CONSTRAINT participant_erased_has_nothing_personal CHECK (
          erased_at IS NULL OR (identity_number_encrypted IS NULL AND identity_number_index IS NULL
            AND given_name IS NULL AND family_name IS NULL AND contact_encrypted IS NULL))`);
    // The officer's own cases ("mine").
    await queryRunner.query(
      'CREATE INDEX participant_responsible_officer ON participant (responsible_officer_id)',
    );

    await queryRunner.query(`
      CREATE TABLE consent (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participant (id),
        purpose text NOT NULL,
        municipality_code char(4) NOT NULL,
        given_on date NOT NULL,
        given_by uuid NOT NULL,
        recorded_at timestamptz NOT NULL,
        withdrawn_on date,
        withdrawn_by uuid,
        withdrawn_at timestamptz
      )`);
    await queryRunner.query(
      'CREATE INDEX consent_valid ON consent (participant_id, municipality_code) WHERE withdrawn_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX consent_municipality_valid ON consent (municipality_code, participant_id) WHERE withdrawn_at IS NULL',
    );

    await queryRunner.query(`
      CREATE TABLE participant_change (
        id uuid PRIMARY KEY,
        participant_id uuid NOT NULL REFERENCES participant (id),
        field text NOT NULL,
        old_value_encrypted text,
        new_value_encrypted text,
        changed_by uuid NOT NULL,
        changed_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX participant_change_participant ON participant_change (participant_id, changed_at)',
    );

    await queryRunner.query(`
      CREATE TABLE access_log (
        id bigserial PRIMARY KEY,
        read_at timestamptz NOT NULL,
        user_id uuid NOT NULL,
        role text NOT NULL,
        participant_id uuid NOT NULL,
        fields text[] NOT NULL,
        purpose text NOT NULL,
        admin_reason text,
        flagged boolean NOT NULL,
        correlation_id text NOT NULL
      )`);
    await queryRunner.query(
      'CREATE INDEX access_log_participant ON access_log (participant_id, read_at DESC, id DESC)',
    );
    await queryRunner.query(
      'CREATE INDEX access_log_user ON access_log (user_id, read_at DESC, id DESC)',
    );
    // Beside the runtime role's missing privileges: not even the owner changes history by accident.
    await queryRunner.query(`
      CREATE FUNCTION access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER access_log_no_change BEFORE UPDATE OR DELETE ON access_log
        FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
        FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE access_log');
    await queryRunner.query('DROP FUNCTION access_log_is_append_only');
    await queryRunner.query('DROP TABLE participant_change');
    await queryRunner.query('DROP TABLE consent');
    await queryRunner.query(`
      ALTER TABLE participant
        DROP CONSTRAINT participant_erased_has_nothing_personal,
        DROP COLUMN pseudonym, DROP COLUMN contact_encrypted, DROP COLUMN languages,
        DROP COLUMN education_level, DROP COLUMN driving_licences,
        DROP COLUMN labour_market_programme, DROP COLUMN responsible_officer_id,
        DROP COLUMN status, DROP COLUMN exited_on, DROP COLUMN exit_reason, DROP COLUMN erased_at`);
  }
}
