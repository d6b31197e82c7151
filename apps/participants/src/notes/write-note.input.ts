import { Field, ID, InputType } from '@nestjs/graphql';
import type { NoteInput } from './note-rules';
import { NoteKindEnum } from './note.model';

@InputType({
  description:
    'A note by the responsible office, or by a municipality the participant consented to.',
})
export class WriteNoteInput implements NoteInput {
  @Field(() => ID)
  participantId!: string;

  @Field(() => NoteKindEnum)
  kind!: string;

  @Field({ description: 'YYYY-MM-DD: not in the future, not before registration.' })
  writtenOn!: string;

  @Field({ description: '1–4000 characters.' })
  text!: string;
}
