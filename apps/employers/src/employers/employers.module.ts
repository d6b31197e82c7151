import { PiiCipher, SERVICE_CONFIG } from '@jobbnatet/service-kit';
import { forwardRef, Module } from '@nestjs/common';
import type { EmployersConfig } from '../config';
import { EmployerWorkModule } from '../employer-work/employer-work.module';
import { employerWorkResolvers } from '../employer-work/employer-work.resolver';
import { DevEmployerSeed } from './dev-employer-seed';
import { EmployerEntity } from './employer.entity';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

/** The tables this service maps (the kit adds its own). */
export const employersEntities = [EmployerEntity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const employersResolvers = [EmployersResolver, ...employerWorkResolvers];

/** The employer, its cipher, and the one way into an employer that other modules use. */
@Module({
  imports: [forwardRef(() => EmployerWorkModule)],
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
export class EmployersModule {}
