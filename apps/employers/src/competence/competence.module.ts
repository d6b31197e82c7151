import { forwardRef, Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { competenceResolvers } from './competence.resolver';
import { CompetenceService } from './competence.service';

/** Competence needs (kompetensbehov) and profiles (kompetensprofil) of the employers. */
@Module({
  imports: [forwardRef(() => EmployersModule)],
  providers: [CompetenceService, ...competenceResolvers],
})
export class CompetenceModule {}
