import { Module } from '@nestjs/common';
import { TrackCoreModule } from '../core/track-core.module';
import { ClosingResolver } from './closing.resolver';
import { ClosingService } from './closing.service';

/**
 * The closing phase: results, certificates, hand-overs and the joint evaluation. Exports
 * ClosingService for the phases part (`assertReadyToClose`) and the chain's templates
 * (`isPublishedGoodExample`).
 */
@Module({
  imports: [TrackCoreModule],
  providers: [ClosingService, ClosingResolver],
  exports: [ClosingService],
})
export class ClosingModule {}
