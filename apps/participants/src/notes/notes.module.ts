import { Module } from '@nestjs/common';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { NotesEraser } from './notes.eraser';
import { NotesResolver } from './notes.resolver';
import { NotesService } from './notes.service';

/** Support-need and progression notes. */
@Module({
  imports: [ParticipantCoreModule],
  providers: [NotesResolver, NotesService, NotesEraser],
  exports: [NotesEraser],
})
export class NotesModule {}
