import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module';
import { ChecklistsModule } from '../checklists/checklists.module';
import { TrackCoreModule } from '../core/track-core.module';
import { EmployerReplica, employerReplicaHandlers } from './employer-replica';
import { TracksResolver } from './tracks.resolver';
import { TracksService } from './tracks.service';

/** Tracks and their rounds, on agreements, with the replica of the employers service that checks them. */
@Module({
  imports: [TrackCoreModule, AgreementsModule, ChecklistsModule],
  providers: [EmployerReplica, ...employerReplicaHandlers, TracksService, TracksResolver],
  exports: [...employerReplicaHandlers],
})
export class TracksModule {}
