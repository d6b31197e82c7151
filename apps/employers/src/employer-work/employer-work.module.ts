import { forwardRef, Module } from '@nestjs/common';
import { EmployersModule } from '../employers/employers.module';
import { employerWorkResolvers } from './employer-work.resolver';
import { EmployerWorkService } from './employer-work.service';

/** The officers' employer work: contacts, acquired vacancies and their fills, employer feedback. */
@Module({
  imports: [forwardRef(() => EmployersModule)],
  providers: [...employerWorkResolvers, EmployerWorkService],
})
export class EmployerWorkModule {}
