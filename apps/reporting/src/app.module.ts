import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { ReportingConfig } from './config';
import { FunnelModule } from './funnel/funnel.module';
import { FunnelResolver } from './funnel/funnel.resolver';
import { migrations } from './migrations';
import { OutcomesModule } from './outcomes/outcomes.module';
import { OutcomesResolver } from './outcomes/outcomes.resolver';
import { readModels } from './read-models/read-models';

export const serviceName = 'reporting';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = [OutcomesResolver, FunnelResolver];

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
          // Read models are kept with explicit SQL; no entity is mapped.
          entities: [],
          migrations,
          // Report snapshots will publish here.
          produces: [topics.reporting],
          consumes: readModels.flatMap((model) => model.handlers),
          // Every handler writes a batch with one statement: a batch costs one transaction.
          batchApply: true,
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        OutcomesModule.register(config.REPORTING_MIN_GROUP_SIZE),
        FunnelModule.register(config.REPORTING_MIN_GROUP_SIZE),
      ],
    };
  }
}
