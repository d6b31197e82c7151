import { Module } from '@nestjs/common';
import { EmployerCoreModule } from '../employers/employer-core.module';
import { employerWorkResolvers } from './employer-work.resolver';
import { EmployerWorkService } from './employer-work.service';

/** The officers' employer work: contacts, acquired vacancies and their fills, employer feedback. */
@Module({
  imports: [EmployerCoreModule],
  providers: [...employerWorkResolvers, EmployerWorkService],
})
export class EmployerWorkModule {}
