import { Module } from '@nestjs/common';
import { ChecklistsModule } from '../checklists/checklists.module';
import { TrackCoreModule } from '../core/track-core.module';
import { PhasesResolver } from './phases.resolver';
import { PhasesService } from './phases.service';

/** Phase transitions (guarded by the checklists), cancellation and the phase history. */
@Module({
  imports: [TrackCoreModule, ChecklistsModule],
  providers: [PhasesService, PhasesResolver],
})
export class PhasesModule {}
