import { Module } from '@nestjs/common';
import { referralsEraser } from '../referrals/referral-erasure';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { ErasureResolver } from './erasure.resolver';
import { ErasureService } from './erasure.service';
import { PERSONAL_DATA_ERASERS } from './personal-data-eraser';

/** Every module holding personal data outside the participant row adds its eraser here. */
@Module({
  imports: [ParticipantCoreModule],
  providers: [
    ErasureResolver,
    ErasureService,
    { provide: PERSONAL_DATA_ERASERS, useFactory: () => [referralsEraser] },
  ],
})
export class ErasureModule {}
