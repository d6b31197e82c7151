import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** The offering table (written with explicit SQL in ActivitiesService; mapped for the kit). */
@Entity({ name: 'offering' })
export class OfferingEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'type_code' })
  typeCode!: string;

  @Column('uuid', { name: 'provider_id' })
  providerId!: string;

  @Column('text', { name: 'place_name' })
  placeName!: string;

  @Column('text', { name: 'municipality_code' })
  municipalityCode!: string;

  @Column('text', { name: 'office_ids', array: true })
  officeIds!: string[];

  @Column('date', { name: 'from_date' })
  fromDate!: string;

  @Column('date', { name: 'to_date' })
  toDate!: string;

  @Column('integer')
  capacity!: number;

  @Column('numeric', { name: 'cost_per_participant', precision: 12, scale: 2 })
  costPerParticipant!: string;

  @Column('text', { name: 'occupation_codes', array: true })
  occupationCodes!: string[];

  @Column('text', { array: true })
  competences!: string[];

  @Column('text', { name: 'language_code' })
  languageCode!: string;

  @Column('text')
  status!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @VersionColumn()
  version!: number;
}
