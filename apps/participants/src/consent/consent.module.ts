import { Module } from '@nestjs/common';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { ConsentResolver } from './consent.resolver';
import { ConsentService } from './consent.service';

@Module({ imports: [ParticipantCoreModule], providers: [ConsentResolver, ConsentService] })
export class ConsentModule {}
