import { Module } from '@nestjs/common';
import { CompetenceModule } from '../competence/competence.module';
import { EmployerCoreModule } from '../employers/employer-core.module';
import { JobTrackReferencesResolver } from './job-track-references.resolver';

/** The employer side of a job track in the supergraph: its employers and competence profile. */
@Module({
  imports: [EmployerCoreModule, CompetenceModule],
  providers: [JobTrackReferencesResolver],
})
export class JobTrackReferencesModule {}
