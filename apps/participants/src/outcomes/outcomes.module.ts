import { Module } from '@nestjs/common';
import { ParticipantCoreModule } from '../participants/participant-core.module';
import { OutcomeLoader } from './outcome.loader';
import {
  EmployerReferenceResolver,
  EmploymentResolver,
  OutcomesResolver,
  ParticipantOutcomesResolver,
  RetentionCheckResolver,
} from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';

export const outcomesResolvers = [
  OutcomesResolver,
  ParticipantOutcomesResolver,
  EmploymentResolver,
  EmployerReferenceResolver,
  RetentionCheckResolver,
];

/** Employment outcomes and their retention checks, the exit, and activity-support periods. */
@Module({
  imports: [ParticipantCoreModule],
  providers: [OutcomesService, OutcomeLoader, ...outcomesResolvers],
})
export class OutcomesModule {}
