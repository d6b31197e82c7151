import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Blind-index values now name the key that made them (`<keyId>.<hmac>`), so the key can rotate.
 * Values made before carry no id: they were all made by the one key there was, now called `legacy`.
 */
export class VersionBlindIndex1764540000000 implements MigrationInterface {
  name = 'VersionBlindIndex1764540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE participant SET identity_number_index = 'legacy.' || identity_number_index
       WHERE position('.' in identity_number_index) = 0`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE participant SET identity_number_index = substr(identity_number_index, 8)
       WHERE identity_number_index LIKE 'legacy.%'`,
    );
  }
}
