import { participantReachHandlers } from '@jobbnatet/participant-reach';
import { Module } from '@nestjs/common';
import { EnrolmentEntity } from '../enrolments/enrolment.entity';
import { EnrolmentsModule, enrolmentsResolvers } from '../enrolments/enrolments.module';
import { ActivitiesResolver } from './activities.resolver';
import { ActivityCoreModule } from './activity-core.module';
import { OfferingEntity } from './offering.entity';
import { SessionEntity } from '../sessions/session.entity';
import { SessionsModule } from '../sessions/sessions.module';
import { SessionsResolver } from '../sessions/sessions.resolver';

/** The tables this service maps (the kit adds its own). */
export const activitiesEntities = [OfferingEntity, SessionEntity, EnrolmentEntity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const activitiesResolvers = [ActivitiesResolver, SessionsResolver, ...enrolmentsResolvers];

/**
 * The event handlers this service consumes (the kit's `consumes`): the participant reach replica,
 * provided by EnrolmentsModule through ParticipantReachModule.
 */
export const activitiesHandlers = participantReachHandlers;

/** The catalogue (intervention types, providers, offerings, availability search). */
@Module({ imports: [ActivityCoreModule], providers: [ActivitiesResolver] })
export class CatalogueModule {}

/** Composes the parts of the service; each part imports ActivityCoreModule. */
@Module({ imports: [ActivityCoreModule, CatalogueModule, SessionsModule, EnrolmentsModule] })
export class ActivitiesModule {}
