import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { EmployersConfig } from './config';
import { migrations } from './migrations';
import {
  EmployersModule,
  employersEntities,
  employersHandlers,
  employersOrphanedTypes,
  employersResolvers,
} from './employers/employers.module';

export const serviceName = 'employers';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = employersResolvers;

/** Types in the schema that no field returns (see `subgraphGraphqlModule`). */
export const orphanedTypes = employersOrphanedTypes;

/** Wiring only. */
@Module({})
export class AppModule {
  static register(config: EmployersConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          serviceName,
          config,
          entities: employersEntities,
          migrations,
          produces: [topics.employers],
          consumes: employersHandlers,
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE, orphanedTypes),
        EmployersModule,
      ],
    };
  }
}
