import { Module } from '@nestjs/common';
import { ActivitiesResolver } from './activities.resolver';
import { ActivityCoreModule } from './activity-core.module';
import { OfferingEntity } from './offering.entity';

/** The tables this service maps (the kit adds its own). */
export const activitiesEntities = [OfferingEntity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const activitiesResolvers = [ActivitiesResolver];

/** The catalogue (intervention types, providers, offerings, availability search). */
@Module({ imports: [ActivityCoreModule], providers: [ActivitiesResolver] })
export class CatalogueModule {}

/** Composes the parts of the service; each part imports ActivityCoreModule. */
@Module({ imports: [ActivityCoreModule, CatalogueModule] })
export class ActivitiesModule {}
