import type { EventHandler } from '@jobbnatet/service-kit';
import { Module, type Type } from '@nestjs/common';
import { ReportEntity } from './report.entity';
import { ReportingResolver } from './reporting.resolver';
import { ReportingService } from './reporting.service';

/** The tables this service maps (the kit adds its own). */
export const reportingEntities = [ReportEntity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const reportingResolvers = [ReportingResolver];

/** The event handlers this service consumes (the kit's `consumes`), each provided by a module. */
export const reportingHandlers: Type<EventHandler>[] = [];

@Module({ providers: [ReportingResolver, ReportingService] })
export class ReportingModule {}
