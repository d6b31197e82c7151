import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { ChecklistsModule } from '../checklists/checklists.module';
import { TrackCoreModule } from '../core/track-core.module';
import { CompetenceProfileReferenceResolver, EmployerReferenceResolver } from './references';
import { TracksResolver } from './tracks.resolver';
import { TracksService } from './tracks.service';

/** Tracks and their rounds, on agreements, with the references other subgraphs resolve. */
@Module({
  imports: [TrackCoreModule, AgreementsModule, ChecklistsModule],
  providers: [
    TracksService,
    TracksResolver,
    EmployerReferenceResolver,
    CompetenceProfileReferenceResolver,
  ],
})
export class TracksModule {}
