import { Module } from '@nestjs/common';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

/** Municipal referrals (anvisning / remiss): refer, accept, decline. */
@Module({ imports: [ParticipantCoreModule], providers: [ReferralsResolver, ReferralsService] })
export class ReferralsModule {}
