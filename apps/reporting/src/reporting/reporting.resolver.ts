import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import { Args, ID, Mutation, Parent, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { CreateReportInput } from './create-report.input';
import { reportPolicy } from './report-access';
import { reportLoader } from './report.loader';
import { ReportModel } from './report.model';
import { ReportingService } from './reporting.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => ReportModel)
export class ReportingResolver {
  constructor(private readonly service: ReportingService) {}

  @Scoped(reportPolicy)
  @Query(() => ReportModel, {
    nullable: true,
    description: 'A report in your scope, or null.',
  })
  report(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ReportModel | null> {
    return reportLoader(access, this.service).load(id);
  }

  @Scoped(reportPolicy)
  @Mutation(() => ReportModel, { description: 'Creates a report for your office.' })
  createReport(
    @CurrentAccess() access: Access,
    @Args('input') input: CreateReportInput,
  ): Promise<ReportModel> {
    return this.service.create(access, input);
  }

  @Scoped(reportPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<ReportModel | null> {
    return reportLoader(access, this.service).load(reference.id);
  }
}
