import { PiiCipher, SERVICE_CONFIG } from '@jobbnatet/service-kit';
import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module';
import type { ParticipantsConfig } from '../config';
import { ParticipantCases } from './participant-cases';
import { NationalRegister } from './national-register';
import { ParticipantChanges } from './participant-changes.service';
import { ParticipantList } from './participant-list';
import { ParticipantsResolver } from './participants.resolver';
import { ParticipantsService } from './participants.service';
import { TallyCompaction } from './tally-compaction';

export function participantsCipher(
  config: Pick<ParticipantsConfig, 'PII_ENCRYPTION_KEYS' | 'PII_BLIND_INDEX_KEYS'>,
): PiiCipher {
  return new PiiCipher(config.PII_ENCRYPTION_KEYS, config.PII_BLIND_INDEX_KEYS);
}

/** The participant, its cipher and the one way into a case that every other module uses. */
@Module({
  imports: [AccessLogModule],
  providers: [
    ParticipantsResolver,
    ParticipantsService,
    ParticipantCases,
    ParticipantList,
    ParticipantChanges,
    NationalRegister,
    TallyCompaction,
    {
      provide: PiiCipher,
      inject: [SERVICE_CONFIG],
      useFactory: (config: ParticipantsConfig) => participantsCipher(config),
    },
  ],
  exports: [ParticipantCases, ParticipantsService, PiiCipher, AccessLogModule],
})
export class ParticipantCoreModule {}
