import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { JobTracksConfig } from './config';
import { migrations } from './migrations';
import {
  JobTracksModule,
  jobTracksEntities,
  jobTracksHandlers,
  jobTracksResolvers,
} from './job-tracks/job-tracks.module';

export const serviceName = 'job-tracks';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = jobTracksResolvers;

/** Wiring only. */
@Module({})
export class AppModule {
  static register(config: JobTracksConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          serviceName,
          config,
          entities: jobTracksEntities,
          migrations,
          produces: [topics.jobTracks],
          consumes: jobTracksHandlers,
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        JobTracksModule,
      ],
    };
  }
}
