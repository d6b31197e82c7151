import { Module } from '@nestjs/common';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { HistoryResolver } from './history.resolver';

@Module({ imports: [ParticipantCoreModule], providers: [HistoryResolver] })
export class HistoryModule {}
