import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** An employer (arbetsgivare) the offices in `officeIds` work with. */
@Entity({ name: 'employer' })
export class EmployerEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Encrypted: a sole trader's organisation number is the owner's personnummer. */
  @Column('text', { name: 'organisation_number_encrypted' })
  organisationNumberEncrypted!: string;

  /** Keyed hash of the canonical number: one employer per organisation number. */
  @Column('text', { name: 'organisation_number_index', unique: true })
  organisationNumberIndex!: string;

  @Column('boolean', { name: 'sole_trader' })
  soleTrader!: boolean;

  @Column('text')
  name!: string;

  /** SNI 2007, five digits. */
  @Column('char', { name: 'sni_code', length: 5 })
  sniCode!: string;

  @Column('text', { name: 'size_band' })
  sizeBand!: string;

  @Column('text', { name: 'office_ids', array: true })
  officeIds!: string[];

  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;

  @Column('uuid', { name: 'registered_by' })
  registeredBy!: string;

  @VersionColumn()
  version!: number;
}
