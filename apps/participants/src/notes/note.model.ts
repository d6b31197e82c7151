import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { codeEnum } from '../participants/participant.model';
import { noteAuthorRoles, noteKinds } from './note-rules';

export const NoteKindEnum = codeEnum(
  noteKinds,
  'NoteKind',
  'What a note records: the support a person needs, or their progression.',
);
export const NoteAuthorRoleEnum = codeEnum(
  noteAuthorRoles,
  'NoteAuthorRole',
  'Whether an officer or a municipal case worker wrote a note.',
);

@ObjectType('Note', { description: 'A support-need or progression note about a participant.' })
export class NoteModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NoteKindEnum)
  kind!: string;

  @Field({ description: 'The day the note is about, YYYY-MM-DD.' })
  writtenOn!: string;

  @Field()
  text!: string;

  @Field(() => ID)
  writtenBy!: string;

  @Field(() => NoteAuthorRoleEnum)
  authorRole!: string;

  @Field(() => GraphQLISODateTime)
  recordedAt!: Date;
}
