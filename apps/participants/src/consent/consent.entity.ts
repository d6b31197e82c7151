import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Samtycke: the participant lets AF share their case with one municipality for one purpose. */
@Entity({ name: 'consent' })
export class ConsentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text')
  purpose!: string;

  @Column('char', { name: 'municipality_code', length: 4 })
  municipalityCode!: string;

  @Column('date', { name: 'given_on' })
  givenOn!: string;

  @Column('uuid', { name: 'given_by' })
  givenBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;

  @Column('date', { name: 'withdrawn_on', nullable: true })
  withdrawnOn!: string | null;

  @Column('uuid', { name: 'withdrawn_by', nullable: true })
  withdrawnBy!: string | null;

  @Column('timestamptz', { name: 'withdrawn_at', nullable: true })
  withdrawnAt!: Date | null;
}
