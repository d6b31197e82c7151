import { Module } from '@nestjs/common';
import { ActivitiesService } from './activities.service';
import { DevProviderSeed } from './dev-provider-seed';

/**
 * The core every part of this service imports: the offering use cases, including
 * `lockForCommand` for commands on an offering (sessions, enrolments).
 */
@Module({ providers: [ActivitiesService, DevProviderSeed], exports: [ActivitiesService] })
export class ActivityCoreModule {}
