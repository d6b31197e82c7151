import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A support-need or progression note: dated, authored, its text encrypted bound to this row. */
@Entity({ name: 'participant_note' })
export class NoteEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'participant_id' })
  participantId!: string;

  @Column('text')
  kind!: string;

  @Column('date', { name: 'written_on' })
  writtenOn!: string;

  @Column('uuid', { name: 'written_by' })
  writtenBy!: string;

  @Column('text', { name: 'author_role' })
  authorRole!: string;

  @Column('text', { name: 'text_encrypted' })
  textEncrypted!: string;

  @Column('timestamptz', { name: 'recorded_at' })
  recordedAt!: Date;
}
