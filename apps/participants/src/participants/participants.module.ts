import { Module } from '@nestjs/common';
import { AccessLogEntity } from '../access-log/access-log.entity';
import { ConsentEntity } from '../consent/consent.entity';
import { ConsentModule } from '../consent/consent.module';
import { ConsentResolver } from '../consent/consent.resolver';
import { ErasureModule } from '../erasure/erasure.module';
import { ErasureResolver } from '../erasure/erasure.resolver';
import { HistoryModule } from '../history/history.module';
import { HistoryResolver } from '../history/history.resolver';
import { AccessLogResolver } from '../access-log/access-log.resolver';
import { OutcomesModule, outcomesResolvers } from '../outcomes/outcomes.module';
import { ParticipantCoreModule } from './participant-core.module';
import { ParticipantEntity } from './participant.entity';
import { ParticipantConnectionResolver, ParticipantsResolver } from './participants.resolver';

/** The tables this service maps (the kit adds its own). */
export const participantsEntities = [ParticipantEntity, AccessLogEntity, ConsentEntity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const participantsResolvers = [
  ParticipantsResolver,
  ParticipantConnectionResolver,
  ConsentResolver,
  HistoryResolver,
  ErasureResolver,
  AccessLogResolver,
  ...outcomesResolvers,
];

/** The participant's whole case, one module per part of it. */
@Module({
  imports: [ParticipantCoreModule, ConsentModule, HistoryModule, ErasureModule, OutcomesModule],
})
export class ParticipantsModule {}
