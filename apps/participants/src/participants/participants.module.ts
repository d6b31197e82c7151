import { PiiCipher, SERVICE_CONFIG } from '@jobbnatet/service-kit';
import { Module } from '@nestjs/common';
import type { ParticipantsConfig } from '../config';
import { ParticipantsResolver } from './participants.resolver';
import { ParticipantsService } from './participants.service';

@Module({
  providers: [
    ParticipantsResolver,
    ParticipantsService,
    {
      provide: PiiCipher,
      inject: [SERVICE_CONFIG],
      useFactory: (config: ParticipantsConfig) => participantsCipher(config),
    },
  ],
})
export class ParticipantsModule {}

export function participantsCipher(
  config: Pick<ParticipantsConfig, 'PII_ENCRYPTION_KEYS' | 'PII_BLIND_INDEX_KEYS'>,
): PiiCipher {
  return new PiiCipher(config.PII_ENCRYPTION_KEYS, config.PII_BLIND_INDEX_KEYS);
}
