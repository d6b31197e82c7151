import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { ActivitiesConfig } from './config';
import { migrations } from './migrations';
import {
  ActivitiesModule,
  activitiesEntities,
  activitiesHandlers,
  activitiesResolvers,
} from './activities/activities.module';

export const serviceName = 'activities';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = activitiesResolvers;

/** Wiring only. */
@Module({})
export class AppModule {
  static register(config: ActivitiesConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          serviceName,
          config,
          entities: activitiesEntities,
          migrations,
          produces: [topics.activities],
          consumes: activitiesHandlers,
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        ActivitiesModule,
      ],
    };
  }
}
