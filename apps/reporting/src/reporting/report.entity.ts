import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

@Entity({ name: 'report' })
export class ReportEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** The Arbetsförmedlingen office responsible for it: what scopes who sees it. */
  @Column('text', { name: 'office_id' })
  officeId!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('uuid', { name: 'created_by' })
  createdBy!: string;

  @VersionColumn()
  version!: number;
}
