import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { ParticipantsConfig } from './config';
import { migrations } from './migrations';
import {
  ParticipantsModule,
  participantsEntities,
  participantsHandlers,
  participantsResolvers,
} from './participants/participants.module';

export const serviceName = 'participants';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = participantsResolvers;

/** Wiring only. */
@Module({})
export class AppModule {
  static register(config: ParticipantsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          serviceName,
          config,
          entities: participantsEntities,
          migrations,
          produces: [topics.participants],
          consumes: participantsHandlers,
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        ParticipantsModule,
      ],
    };
  }
}
