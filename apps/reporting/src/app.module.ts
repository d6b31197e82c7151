import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import { AdoptionModule } from './adoption/adoption.module';
import { AdoptionResolver } from './adoption/adoption.resolver';
import type { ReportingConfig } from './config';
import { CostsModule } from './costs/costs.module';
import { CostsResolver } from './costs/costs.resolver';
import { FunnelModule } from './funnel/funnel.module';
import { FunnelResolver } from './funnel/funnel.resolver';
import { migrations } from './migrations';
import { OperationsModule } from './operations/operations.module';
import { OperationsResolver } from './operations/operations.resolver';
import { OutcomesModule } from './outcomes/outcomes.module';
import { OutcomesResolver } from './outcomes/outcomes.resolver';
import { ReportSnapshotEntity } from './snapshots/report-snapshot.entity';
import { SnapshotsModule } from './snapshots/snapshots.module';
import { SnapshotsResolver } from './snapshots/snapshots.resolver';
import { readModels } from './read-models/read-models';

export const serviceName = 'reporting';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = [
  OutcomesResolver,
  FunnelResolver,
  CostsResolver,
  AdoptionResolver,
  OperationsResolver,
  SnapshotsResolver,
];

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
          // Explicit SQL throughout; the snapshot table is mapped only to be marked append-only.
          entities: [ReportSnapshotEntity],
          migrations,
          // control-baseline.set, report.published
          produces: [topics.reporting],
          consumes: readModels.flatMap((model) => model.handlers),
          // Every handler writes a batch with one statement: a batch costs one transaction.
          batchApply: true,
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        OutcomesModule.register(config.REPORTING_MIN_GROUP_SIZE),
        FunnelModule.register(config.REPORTING_MIN_GROUP_SIZE),
        CostsModule.register(config.REPORTING_MIN_GROUP_SIZE),
        AdoptionModule.register(config.REPORTING_MIN_GROUP_SIZE, config.REPORTING_ADOPTION_TARGET),
        OperationsModule.register(),
        SnapshotsModule.register(config.REPORTING_MIN_GROUP_SIZE),
      ],
    };
  }
}
