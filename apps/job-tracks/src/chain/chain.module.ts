import { PiiCipher, SERVICE_CONFIG } from '@jobbnatet/service-kit';
import { Module } from '@nestjs/common';
import { ClosingModule } from '../closing/closing.module';
import type { JobTracksConfig } from '../config';
import { TrackCoreModule } from '../core/track-core.module';
import { AdaptationsService } from './adaptations.service';
import { CatalogueReplica, catalogueReplicaHandlers } from './catalogue-replica';
import { ChainResolver, ChainStepResolver, OfferingReferenceResolver } from './chain.resolver';
import { ChainService } from './chain.service';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';
import { TemplatesService } from './templates.service';

/**
 * The planned chain, method templates, per-participant adaptations, follow-ups and adjustments,
 * with the replica of the activities catalogue they refer to.
 */
@Module({
  imports: [TrackCoreModule, ClosingModule],
  providers: [
    CatalogueReplica,
    ...catalogueReplicaHandlers,
    ChainService,
    TemplatesService,
    AdaptationsService,
    FollowUpsService,
    ChainResolver,
    ChainStepResolver,
    OfferingReferenceResolver,
    FollowUpsResolver,
    {
      provide: PiiCipher,
      inject: [SERVICE_CONFIG],
      useFactory: (config: JobTracksConfig) =>
        new PiiCipher(config.PII_ENCRYPTION_KEYS, config.PII_BLIND_INDEX_KEYS),
    },
  ],
  exports: [...catalogueReplicaHandlers],
})
export class ChainModule {}
