import { Module } from '@nestjs/common';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { NotesResolver } from './notes.resolver';
import { NotesService } from './notes.service';

/** Support-need and progression notes. */
@Module({
  imports: [ParticipantCoreModule],
  providers: [NotesResolver, NotesService],
})
export class NotesModule {}
