import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { {{servicePascal}}Config } from './config';
import { migrations } from './migrations';
import { {{entityPascal}}Entity } from './{{serviceKebab}}/{{entityKebab}}.entity';
import { {{servicePascal}}Module } from './{{serviceKebab}}/{{serviceKebab}}.module';
import { {{servicePascal}}Resolver } from './{{serviceKebab}}/{{serviceKebab}}.resolver';

export const serviceName = '{{serviceKebab}}';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = [{{servicePascal}}Resolver];

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
          entities: [{{entityPascal}}Entity],
          migrations,
          produces: [topics.{{serviceCamel}}],
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        {{servicePascal}}Module,
      ],
    };
  }
}
