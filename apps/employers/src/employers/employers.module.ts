import { Module } from '@nestjs/common';
import { EmployerEntity } from './employer.entity';
import { EmployersResolver } from './employers.resolver';
import { EmployersService } from './employers.service';

/** The tables this service maps (the kit adds its own). */
export const employersEntities = [EmployerEntity];

/** The resolvers whose types make up this subgraph's schema (what the SDL printer boots). */
export const employersResolvers = [EmployersResolver];

@Module({ providers: [EmployersResolver, EmployersService] })
export class EmployersModule {}
