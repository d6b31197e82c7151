import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { {{servicePascal}}Config } from './config';
import { migrations } from './migrations';
import {
  {{servicePascal}}Module,
  {{serviceCamel}}Entities,
  {{serviceCamel}}Handlers,
  {{serviceCamel}}Resolvers,
} from './{{serviceKebab}}/{{serviceKebab}}.module';

export const serviceName = '{{serviceKebab}}';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = {{serviceCamel}}Resolvers;

/** Wiring only. */
@Module({})
export class AppModule {
  static register(config: {{servicePascal}}Config): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          serviceName,
          config,
          entities: {{serviceCamel}}Entities,
          migrations,
          produces: [topics.{{serviceCamel}}],
          consumes: {{serviceCamel}}Handlers,
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        {{servicePascal}}Module,
      ],
    };
  }
}
