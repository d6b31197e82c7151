import type { EventHandler } from '@jobbnatet/service-kit';
import { Module, type Type } from '@nestjs/common';
import { CompetenceModule } from '../competence/competence.module';
import { competenceResolvers } from '../competence/competence.resolver';
import { EmployerWorkModule } from '../employer-work/employer-work.module';
import { employerWorkResolvers } from '../employer-work/employer-work.resolver';
import { JobTrackReferencesModule } from '../job-track-references/job-track-references.module';
import { JobTrackReference } from '../job-track-references/job-track-reference.model';
import { JobTrackReferencesResolver } from '../job-track-references/job-track-references.resolver';
import { LettersOfIntentModule } from '../letters-of-intent/letters-of-intent.module';
import { LetterOfIntentResolvers } from '../letters-of-intent/letters-of-intent.resolvers';
import { EmployerCoreModule } from './employer-core.module';
import { EmployerEntity } from './employer.entity';
import { EmployersResolver } from './employers.resolver';

/** The tables this service maps (the kit adds its own). */
export const employersEntities = [EmployerEntity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const employersResolvers = [
  EmployersResolver,
  ...competenceResolvers,
  ...LetterOfIntentResolvers,
  ...employerWorkResolvers,
  JobTrackReferencesResolver,
];

/** Entities only reached through `_entities`: the job track, to which this subgraph adds fields. */
export const employersOrphanedTypes = [JobTrackReference];

/** The event handlers this service consumes (the kit's `consumes`), each provided by a module. */
export const employersHandlers: Type<EventHandler>[] = [];

/** The employer side of a job track, one module per part of it. */
@Module({
  imports: [
    EmployerCoreModule,
    CompetenceModule,
    LettersOfIntentModule,
    EmployerWorkModule,
    JobTrackReferencesModule,
  ],
})
export class EmployersModule {}
