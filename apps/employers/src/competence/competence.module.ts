import { Module } from '@nestjs/common';
import { EmployerCoreModule } from '../employers/employer-core.module';
import { competenceResolvers } from './competence.resolver';
import { CompetenceService } from './competence.service';

/** Competence needs (kompetensbehov) and profiles (kompetensprofil) of the employers. */
@Module({
  imports: [EmployerCoreModule],
  providers: [CompetenceService, ...competenceResolvers],
  exports: [CompetenceService],
})
export class CompetenceModule {}
