import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A prerequisites assessment (förutsättningar att fullfölja): dated and authored. */
@Entity({ name: 'assessment' })
export class AssessmentEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('date', { name: 'assessed_on' })
  assessedOn!: string;

  @Column('uuid', { name: 'assessed_by' })
  assessedBy!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}

/**
 * One factor of an assessment. Its texts are encrypted bound to this row: the health factor's
 * findings live in a row of their own, which only the responsible office's reads select.
 */
@Entity({ name: 'assessment_factor' })
export class AssessmentFactorEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'assessment_id' })
  assessmentId!: string;

  @Column('text')
  factor!: string;

  @Column('text')
  level!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  interventions!: string[];

  @Column('text', { name: 'text_encrypted', nullable: true })
  textEncrypted!: string | null;

  @Column('text', { name: 'interventions_text_encrypted', nullable: true })
  interventionsTextEncrypted!: string | null;
}
