import { type Access, CurrentAccess, groupedLoader, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  ID,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { DataSource } from 'typeorm';
import { employerPolicy, maySeeEmployerDetails } from './employer-access';
import {
  AddContactPersonInput,
  AddWorkplaceInput,
  EmployerFilterInput,
  RegisterEmployerInput,
} from './employer.inputs';
import { employerLoader } from './employer.loader';
import {
  ContactPersonModel,
  EmployerConnection,
  EmployerModel,
  WorkplaceModel,
} from './employer.model';
import { EmployersService } from './employers.service';

interface WorkplaceRow {
  id: string;
  employer_id: string;
  name: string;
  municipality_code: string;
}

interface ContactPersonRow {
  id: string;
  employer_id: string;
  role: string;
  details_encrypted: string;
}

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => EmployerModel)
export class EmployersResolver {
  constructor(
    private readonly service: EmployersService,
    private readonly dataSource: DataSource,
  ) {}

  @Scoped(employerPolicy)
  @Query(() => EmployerModel, {
    nullable: true,
    description: 'An employer in your scope, or null.',
  })
  employer(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EmployerModel | null> {
    return employerLoader(access, this.service).load(id);
  }

  @Scoped(employerPolicy)
  @Query(() => EmployerConnection, { description: 'Employers in your scope, by name.' })
  employers(
    @CurrentAccess() access: Access,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => EmployerFilterInput, nullable: true })
    filter?: EmployerFilterInput | null,
  ): Promise<EmployerConnection> {
    return this.service.page(access, filter ?? {}, first, after);
  }

  @Scoped(employerPolicy)
  @Mutation(() => EmployerModel, {
    description: 'Registers an employer your office works with (officers).',
  })
  registerEmployer(
    @CurrentAccess() access: Access,
    @Args('input') input: RegisterEmployerInput,
  ): Promise<EmployerModel> {
    return this.service.register(access, input);
  }

  @Scoped(employerPolicy)
  @Mutation(() => EmployerModel, { description: 'Adds a workplace (its officers, the employer).' })
  addWorkplace(
    @CurrentAccess() access: Access,
    @Args('input') input: AddWorkplaceInput,
  ): Promise<EmployerModel> {
    return this.service.addWorkplace(access, input);
  }

  @Scoped(employerPolicy)
  @Mutation(() => EmployerModel, {
    description: 'Adds a contact person (its officers, the employer).',
  })
  addContactPerson(
    @CurrentAccess() access: Access,
    @Args('input') input: AddContactPersonInput,
  ): Promise<EmployerModel> {
    return this.service.addContactPerson(access, input);
  }

  @Scoped(employerPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<EmployerModel | null> {
    return employerLoader(access, this.service).load(reference.id);
  }

  @Scoped(employerPolicy)
  @ResolveField(() => [WorkplaceModel])
  async workplaces(
    @Parent() employer: EmployerModel,
    @CurrentAccess() access: Access,
  ): Promise<WorkplaceModel[]> {
    const rows = await groupedLoader(
      access.request,
      'workplaces',
      (ids: readonly string[]) =>
        this.dataSource.query(
          'SELECT * FROM employer_workplace WHERE employer_id = ANY($1::uuid[]) ORDER BY added_at, id',
          [ids],
        ) as Promise<WorkplaceRow[]>,
      (row) => row.employer_id,
    ).load(employer.id);
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      municipalityCode: row.municipality_code,
    }));
  }

  @Scoped(employerPolicy)
  @ResolveField(() => [ContactPersonModel], {
    nullable: true,
    description: 'Personal data: officers, admins and the employer itself; null for others.',
  })
  async contactPersons(
    @Parent() employer: EmployerModel,
    @CurrentAccess() access: Access,
  ): Promise<ContactPersonModel[] | null> {
    if (!maySeeEmployerDetails(access.caller.role)) return null;
    const rows = await groupedLoader(
      access.request,
      'contactPersons',
      (ids: readonly string[]) =>
        this.dataSource.query(
          'SELECT * FROM employer_contact_person WHERE employer_id = ANY($1::uuid[]) ORDER BY added_at, id',
          [ids],
        ) as Promise<ContactPersonRow[]>,
      (row) => row.employer_id,
    ).load(employer.id);
    return rows.map((row) => ({ id: row.id, role: row.role, ...this.service.contactDetails(row) }));
  }
}
