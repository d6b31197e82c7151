import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure of a participant's free text in the chain part's append-only records: their adaptation
 * reasons and follow-up progression notes. The service's role may not update those tables
 * (docs/adr/0021), so the one change it may make is this function, run with the owner's rights:
 * it nulls those two columns for one participant and nothing else.
 */
export class EraseParticipantText1796123000001 implements MigrationInterface {
  name = 'EraseParticipantText1796123000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE chain_adaptation ALTER COLUMN reason_encrypted DROP NOT NULL',
    );
    await queryRunner.query(`
      CREATE FUNCTION erase_participant_chain_text(erased uuid) RETURNS void
      LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
        UPDATE chain_adaptation SET reason_encrypted = NULL
          WHERE participant_id = erased AND reason_encrypted IS NOT NULL;
        UPDATE follow_up_participant SET note_encrypted = NULL
          WHERE participant_id = erased AND note_encrypted IS NOT NULL;
      $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP FUNCTION erase_participant_chain_text(uuid)');
    await queryRunner.query(
      'ALTER TABLE chain_adaptation ALTER COLUMN reason_encrypted SET NOT NULL',
    );
  }
}
