import { Module } from '@nestjs/common';
import { ActivityCoreModule } from '../activities/activity-core.module';
import { SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';

/** An offering's schedule: sessions, rescheduling and cancelling, and the weekly view. */
@Module({ imports: [ActivityCoreModule], providers: [SessionsService, SessionsResolver] })
export class SessionsModule {}
