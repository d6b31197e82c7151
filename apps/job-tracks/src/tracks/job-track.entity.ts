import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** The job_track table (written with explicit SQL in this service; mapped for the kit). */
@Entity({ name: 'job_track' })
export class JobTrackEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'agreement_id' })
  agreementId!: string;

  @Column('text')
  name!: string;

  @Column('text', { name: 'office_ids', array: true })
  officeIds!: string[];

  @Column('text', { name: 'municipality_codes', array: true })
  municipalityCodes!: string[];

  @Column('text')
  phase!: string;

  @VersionColumn()
  version!: number;
}
