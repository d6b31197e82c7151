import { PiiCipher, SERVICE_CONFIG } from '@jobbnatet/service-kit';
import { Module } from '@nestjs/common';
import type { EmployersConfig } from '../config';
import { DevEmployerSeed } from './dev-employer-seed';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

/** The employer, its cipher, and the one way into an employer that every other module uses. */
@Module({
  providers: [
    EmployersResolver,
    EmployersService,
    DevEmployerSeed,
    {
      provide: PiiCipher,
      inject: [SERVICE_CONFIG],
      useFactory: (config: EmployersConfig) =>
        new PiiCipher(config.PII_ENCRYPTION_KEYS, config.PII_BLIND_INDEX_KEYS),
    },
  ],
  exports: [EmployersService, PiiCipher],
})
export class EmployerCoreModule {}
