import { Module } from '@nestjs/common';
import { {{servicePascal}}Resolver } from './{{serviceKebab}}.resolver';
import { {{servicePascal}}Service } from './{{serviceKebab}}.service';

@Module({ providers: [{{servicePascal}}Resolver, {{servicePascal}}Service] })
export class {{servicePascal}}Module {}
