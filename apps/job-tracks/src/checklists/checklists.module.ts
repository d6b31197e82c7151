import { Module } from '@nestjs/common';
import { TrackCoreModule } from '../core/track-core.module';
import { ChecklistsResolver } from './checklists.resolver';
import { ChecklistsService } from './checklists.service';

/** Each phase's checklist; exports the service for seeding and for the phase guard. */
@Module({
  imports: [TrackCoreModule],
  providers: [ChecklistsService, ChecklistsResolver],
  exports: [ChecklistsService],
})
export class ChecklistsModule {}
