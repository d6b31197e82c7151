import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The kit's own tables, migrated before the app's: the outbox and the consumers' inbox. */
export class CreateOutboxAndInbox1763900000000 implements MigrationInterface {
  name = 'CreateOutboxAndInbox1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox (
        seq bigserial PRIMARY KEY,
        event_id uuid NOT NULL UNIQUE,
        topic text NOT NULL,
        message_key text NOT NULL,
        payload text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`
      CREATE TABLE inbox (
        consumer_group text NOT NULL,
        event_id uuid NOT NULL,
        topic text NOT NULL,
        kafka_partition integer NOT NULL,
        kafka_offset bigint NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE inbox');
    await queryRunner.query('DROP TABLE outbox');
  }
}

/**
 * Each subject's (aggregate's) last event sequence number. The writing transaction bumps it with an
 * upsert, which locks the subject's row until commit: concurrent writers to one aggregate take turns,
 * so numbers are gap-free, and the later writer's outbox row also gets the higher outbox `seq`.
 */
export class AddSubjectSequence1764500000000 implements MigrationInterface {
  name = 'AddSubjectSequence1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE outbox_subject_sequence (
        subject text PRIMARY KEY,
        last_sequence bigint NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX inbox_processed_at ON inbox (processed_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX inbox_processed_at');
    await queryRunner.query('DROP TABLE outbox_subject_sequence');
  }
}

/**
 * Wakes the relay (which LISTENs on `jobbnatet_outbox`) from the database itself: once per
 * statement that writes outbox rows, delivered when its transaction commits. The writer saves the
 * round trip of its own NOTIFY.
 */
export class NotifyRelayOnOutboxInsert1764600000000 implements MigrationInterface {
  name = 'NotifyRelayOnOutboxInsert1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION outbox_notify_relay() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('jobbnatet_outbox', NULL);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER outbox_notify_relay AFTER INSERT ON outbox
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify_relay()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER outbox_notify_relay ON outbox');
    await queryRunner.query('DROP FUNCTION outbox_notify_relay()');
  }
}

/** The writer's trace context beside its event, for the relay to continue the trace. */
export class AddOutboxTraceparent1764700000000 implements MigrationInterface {
  name = 'AddOutboxTraceparent1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE outbox ADD COLUMN traceparent text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE outbox DROP COLUMN traceparent');
  }
}

export const kitMigrations = [
  CreateOutboxAndInbox1763900000000,
  AddSubjectSequence1764500000000,
  NotifyRelayOnOutboxInsert1764600000000,
  AddOutboxTraceparent1764700000000,
];
