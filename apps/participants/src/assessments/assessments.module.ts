import { Module } from '@nestjs/common';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';

/** Prerequisites assessments (förutsättningar att fullfölja). */
@Module({
  imports: [ParticipantCoreModule],
  providers: [AssessmentsResolver, AssessmentsService],
})
export class AssessmentsModule {}
