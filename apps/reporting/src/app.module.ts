import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { ReportingConfig } from './config';
import { funnelHandlers } from './funnel/funnel-handlers';
import { FunnelModule } from './funnel/funnel.module';
import { FunnelResolver } from './funnel/funnel.resolver';
import { migrations } from './migrations';
import { outcomeHandlers } from './outcomes/outcome-handlers';
import { OutcomesModule } from './outcomes/outcomes.module';
import { OutcomesResolver } from './outcomes/outcomes.resolver';
import { ReportSnapshotEntity } from './snapshots/report-snapshot.entity';
import { SnapshotsModule } from './snapshots/snapshots.module';
import { SnapshotsResolver } from './snapshots/snapshots.resolver';

export const serviceName = 'reporting';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = [OutcomesResolver, FunnelResolver, SnapshotsResolver];

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
          // report.published
          produces: [topics.reporting],
          consumes: [...outcomeHandlers, ...funnelHandlers],
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        OutcomesModule.register(config.REPORTING_MIN_GROUP_SIZE),
        FunnelModule.register(config.REPORTING_MIN_GROUP_SIZE),
        SnapshotsModule.register(config.REPORTING_MIN_GROUP_SIZE),
      ],
    };
  }
}
