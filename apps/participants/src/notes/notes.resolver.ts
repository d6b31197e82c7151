import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { participantPolicy } from '../participants/participant-access';
import { ParticipantModel } from '../participants/participant.model';
import { NoteKindEnum, NoteModel } from './note.model';
import { NotesService } from './notes.service';
import { WriteNoteInput } from './write-note.input';

/** Thin: support-need and progression notes of a participant, and writing one. */
@Resolver(() => ParticipantModel)
export class NotesResolver {
  constructor(private readonly service: NotesService) {}

  @Scoped(participantPolicy)
  @Mutation(() => NoteModel, {
    description:
      'Writes a support-need or progression note (the responsible office, or a municipality with consent).',
  })
  writeNote(
    @CurrentAccess() access: Access,
    @Args('input') input: WriteNoteInput,
  ): Promise<NoteModel> {
    return this.service.write(access, input);
  }

  @ResolveField(() => [NoteModel], {
    nullable: true,
    description: 'Notes, newest first, of one kind or all; null unless you may see personal data.',
  })
  notes(
    @Parent() participant: ParticipantModel,
    @Args('kind', { type: () => NoteKindEnum, nullable: true }) kind?: string | null,
  ): Promise<NoteModel[] | null> {
    return this.service.notesOf(participant, kind);
  }
}
