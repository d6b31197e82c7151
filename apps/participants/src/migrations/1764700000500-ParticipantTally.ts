import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How many participants each office has in each status, kept by statement-level triggers in the
 * writing transaction: an office's `totalCount` is a sum over a handful of rows instead of a scan
 * that grows with the office. Counters are locked in (office, status) order, so two writers never
 * wait on each other crosswise.
 */
export class ParticipantTally1764700000500 implements MigrationInterface {
  name = 'ParticipantTally1764700000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE participant_tally (
        office_id text NOT NULL,
        status text NOT NULL,
        participants bigint NOT NULL,
        PRIMARY KEY (office_id, status)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION participant_tally_add(changes jsonb) RETURNS void LANGUAGE sql AS $$
        INSERT INTO participant_tally (office_id, status, participants)
        SELECT change->>'office_id', change->>'status', sum((change->>'delta')::bigint)
          FROM jsonb_array_elements(changes) AS change
         GROUP BY 1, 2
         ORDER BY 1, 2
        ON CONFLICT (office_id, status)
          DO UPDATE SET participants = participant_tally.participants + EXCLUDED.participants
      $$`);
    await queryRunner.query(`
      CREATE FUNCTION participant_tally_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('INSERT', 'UPDATE') THEN
          PERFORM participant_tally_add(coalesce((SELECT jsonb_agg(jsonb_build_object(
            'office_id', office_id, 'status', status, 'delta', 1)) FROM added), '[]'));
        END IF;
        IF TG_OP IN ('DELETE', 'UPDATE') THEN
          PERFORM participant_tally_add(coalesce((SELECT jsonb_agg(jsonb_build_object(
            'office_id', office_id, 'status', status, 'delta', -1)) FROM removed), '[]'));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER participant_tally_insert AFTER INSERT ON participant
        REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION participant_tally_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER participant_tally_update AFTER UPDATE ON participant
        REFERENCING OLD TABLE AS removed NEW TABLE AS added
        FOR EACH STATEMENT EXECUTE FUNCTION participant_tally_changed()`);
    await queryRunner.query(`
      CREATE TRIGGER participant_tally_delete AFTER DELETE ON participant
        REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION participant_tally_changed()`);
    await queryRunner.query(`
      INSERT INTO participant_tally (office_id, status, participants)
      SELECT office_id, status, count(*) FROM participant GROUP BY 1, 2`);
    // The tally answers what this index served (1764700000400).
    await queryRunner.query('DROP INDEX participant_office_status');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE INDEX participant_office_status ON participant (office_id, status)',
    );
    await queryRunner.query('DROP TRIGGER participant_tally_delete ON participant');
    await queryRunner.query('DROP TRIGGER participant_tally_update ON participant');
    await queryRunner.query('DROP TRIGGER participant_tally_insert ON participant');
    await queryRunner.query('DROP FUNCTION participant_tally_changed');
    await queryRunner.query('DROP FUNCTION participant_tally_add');
    await queryRunner.query('DROP TABLE participant_tally');
  }
}
