import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** The agreement table (written with explicit SQL in AgreementsService; mapped for the kit). */
@Entity({ name: 'collaboration_agreement' })
export class CollaborationAgreementEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text', { name: 'municipality_code' })
  municipalityCode!: string;

  @Column('text', { name: 'office_ids', array: true })
  officeIds!: string[];

  @Column('date', { name: 'valid_from' })
  validFrom!: string;

  @Column('date', { name: 'valid_to' })
  validTo!: string;

  @Column('text')
  status!: string;

  @VersionColumn()
  version!: number;
}
