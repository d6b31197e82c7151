import { Module } from '@nestjs/common';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { AssessmentsEraser } from './assessments.eraser';
import { AssessmentsResolver } from './assessments.resolver';
import { AssessmentsService } from './assessments.service';

/** Prerequisites assessments (förutsättningar att fullfölja). */
@Module({
  imports: [ParticipantCoreModule],
  providers: [AssessmentsResolver, AssessmentsService, AssessmentsEraser],
  exports: [AssessmentsEraser],
})
export class AssessmentsModule {}
