import { Module } from '@nestjs/common';
import { ChecklistsModule } from '../checklists/checklists.module';
import { ClosingModule } from '../closing/closing.module';
import { TrackCoreModule } from '../core/track-core.module';
import { RecruitmentModule } from '../recruitment/recruitment.module';
import { PhasesResolver } from './phases.resolver';
import { PhasesService } from './phases.service';

/**
 * Phase transitions (guarded by the checklists, and CLOSING → CLOSED by closing's results and
 * evaluation for recruitment's participants), cancellation and the phase history.
 */
@Module({
  imports: [TrackCoreModule, ChecklistsModule, RecruitmentModule, ClosingModule],
  providers: [PhasesService, PhasesResolver],
})
export class PhasesModule {}
