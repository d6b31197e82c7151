import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/**
 * A job seeker (deltagare). Identity number and contact details are only ever stored encrypted;
 * after erasure every personal column is null and the row is an anonymous statistical record.
 */
@Entity({ name: 'participant' })
export class ParticipantEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** A label that names nobody (`D-7K3F9QXA`), what a case worker without consent sees. */
  @Column('text', { unique: true })
  pseudonym!: string;

  /** AES-GCM ciphertext of the canonical 12-digit number, with its key id. */
  @Column('text', { name: 'identity_number_encrypted', nullable: true })
  identityNumberEncrypted!: string | null;

  /** Keyed hash of the canonical number: exact look-up and uniqueness without decrypting. */
  @Column('text', { name: 'identity_number_index', unique: true, nullable: true })
  identityNumberIndex!: string | null;

  @Column('text', { name: 'given_name', nullable: true })
  givenName!: string | null;

  @Column('text', { name: 'family_name', nullable: true })
  familyName!: string | null;

  /** Phone, e-mail and address as one encrypted JSON document. */
  @Column('text', { name: 'contact_encrypted', nullable: true })
  contactEncrypted!: string | null;

  @Column('text', { array: true, default: () => "'{}'" })
  languages!: string[];

  @Column('text', { name: 'education_level', nullable: true })
  educationLevel!: string | null;

  @Column('text', { name: 'driving_licences', array: true, default: () => "'{}'" })
  drivingLicences!: string[];

  @Column('text', { name: 'labour_market_programme', nullable: true })
  labourMarketProgramme!: string | null;

  @Column('uuid', { name: 'responsible_officer_id', nullable: true })
  responsibleOfficerId!: string | null;

  @Column('text', { default: 'REGISTERED' })
  status!: string;

  @Column('char', { name: 'home_municipality_code', length: 4 })
  homeMunicipalityCode!: string;

  @Column('text', { name: 'office_id' })
  officeId!: string;

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;

  @Column('uuid', { name: 'registered_by' })
  registeredBy!: string;

  @Column('date', { name: 'exited_on', nullable: true })
  exitedOn!: string | null;

  @Column('text', { name: 'exit_reason', nullable: true })
  exitReason!: string | null;

  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  @VersionColumn()
  version!: number;
}
