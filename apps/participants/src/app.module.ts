import { topics } from '@jobbnatet/contracts';
import { ServiceKitModule, subgraphGraphqlModule } from '@jobbnatet/service-kit';
import { type DynamicModule, Module } from '@nestjs/common';
import type { ParticipantsConfig } from './config';
import { migrations } from './migrations';
import { ParticipantEntity } from './participants/participant.entity';
import { ParticipantsModule } from './participants/participants.module';
import { ParticipantsResolver } from './participants/participants.resolver';

export const serviceName = 'participants';

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const resolvers = [ParticipantsResolver];

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
          entities: [ParticipantEntity],
          migrations,
          produces: [topics.participants],
        }),
        subgraphGraphqlModule(serviceName, config.JOBBNATET_MODE),
        ParticipantsModule,
      ],
    };
  }
}
