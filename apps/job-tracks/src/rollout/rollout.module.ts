import { Module } from '@nestjs/common';
import { RolloutResolver } from './rollout.resolver';
import { RolloutService } from './rollout.service';

/** The rollout of the Jobbnätet method to AF offices: support, assessments, the region's share. */
@Module({ providers: [RolloutService, RolloutResolver] })
export class RolloutModule {}
