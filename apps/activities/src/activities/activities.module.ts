import { Module } from '@nestjs/common';
import { OfferingEntity } from './offering.entity';
import { ActivitiesResolver } from './activities.resolver';
import { ActivitiesService } from './activities.service';

/** The tables this service maps (the kit adds its own). */
export const activitiesEntities = [OfferingEntity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const activitiesResolvers = [ActivitiesResolver];

@Module({ providers: [ActivitiesResolver, ActivitiesService] })
export class ActivitiesModule {}
