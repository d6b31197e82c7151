import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** A job seeker (deltagare). The identity number is only ever stored encrypted. */
@Entity({ name: 'participant' })
export class ParticipantEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** AES-GCM ciphertext of the canonical 12-digit number, with its key id. */
  @Column('text', { name: 'identity_number_encrypted' })
  identityNumberEncrypted!: string;

  /** Keyed hash of the canonical number: exact look-up and uniqueness without decrypting. */
  @Column('text', { name: 'identity_number_index', unique: true })
  identityNumberIndex!: string;

  @Column('text', { name: 'given_name' })
  givenName!: string;

  @Column('text', { name: 'family_name' })
  familyName!: string;

  @Column('char', { name: 'home_municipality_code', length: 4 })
  homeMunicipalityCode!: string;

  @Column('text', { name: 'office_id' })
  officeId!: string;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;

  @Column('uuid', { name: 'registered_by' })
  registeredBy!: string;

  @VersionColumn()
  version!: number;
}
