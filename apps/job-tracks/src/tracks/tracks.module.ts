import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { ChecklistsModule } from '../checklists/checklists.module';
import { TrackCoreModule } from '../core/track-core.module';
import { TracksResolver } from './tracks.resolver';
import { TracksService } from './tracks.service';

/** Tracks and their rounds, on agreements. */
@Module({
  imports: [TrackCoreModule, AgreementsModule, ChecklistsModule],
  providers: [TracksService, TracksResolver],
})
export class TracksModule {}
