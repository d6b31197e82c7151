import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { ReportingConfig } from './config';
import { migrations } from './migrations';
import { outcomeHandlers } from './outcomes/outcome-handlers';
import { OutcomesModule } from './outcomes/outcomes.module';
import { OutcomesResolver } from './outcomes/outcomes.resolver';
import {
  ReportingModule,
  reportingEntities,
  reportingHandlers,
  reportingResolvers,
} from './reporting/reporting.module';

export const serviceName = 'reporting';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = [...reportingResolvers, OutcomesResolver];

/** Wiring only. */
@Module({})
export class AppModule {
  static register(config: ReportingConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          serviceName,
          config,
          entities: reportingEntities,
          migrations,
          produces: [topics.reporting],
          consumes: [...reportingHandlers, ...outcomeHandlers],
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        ReportingModule,
        OutcomesModule.register(config.REPORTING_MIN_GROUP_SIZE),
      ],
    };
  }
}
