import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum ReportScopeKind {
  REGION = 'REGION',
  OFFICE = 'OFFICE',
  MUNICIPALITY = 'MUNICIPALITY',
}

registerEnumType(ReportScopeKind, {
  name: 'ReportScopeKind',
  description: 'The whole region, one office (officeId) or one municipality (municipalityCode).',
});

@InputType('PublishReportInput', {
  description:
    'A report of the participants admitted from–to (YYYY-MM-DD, both included) in a scope.',
})
export class PublishReportInput {
  @Field(() => ReportScopeKind)
  scope!: ReportScopeKind;

  @Field({ nullable: true, description: 'Required for OFFICE, absent otherwise.' })
  officeId?: string;

  @Field({ nullable: true, description: 'Required for MUNICIPALITY, absent otherwise.' })
  municipalityCode?: string;

  @Field()
  from!: string;

  @Field()
  to!: string;
}

@InputType('ReportSnapshotsFilter', {
  description: 'Every field optional; from/to select snapshots whose period lies within them.',
})
export class ReportSnapshotsFilterInput {
  @Field(() => ReportScopeKind, { nullable: true })
  scope?: ReportScopeKind;

  @Field({ nullable: true })
  officeId?: string;

  @Field({ nullable: true })
  municipalityCode?: string;

  @Field({ nullable: true })
  from?: string;

  @Field({ nullable: true })
  to?: string;
}

@ObjectType('ReportOffset', {
  description: 'The last Kafka offset a read model had applied on a topic-partition.',
})
export class ReportOffsetModel {
  @Field({ description: 'The consumer group (one per read model).' })
  group!: string;

  @Field()
  topic!: string;

  @Field(() => Int)
  partition!: number;

  @Field({ description: 'A Kafka offset (int64, as a string).' })
  offset!: string;
}

@ObjectType('ReportSnapshot', {
  description:
    'A published report, frozen: its figures as they were when published, with the offsets they were built from. Aggregates only.',
})
export class ReportSnapshotModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ReportScopeKind)
  scope!: ReportScopeKind;

  @Field(() => String, { nullable: true })
  officeId!: string | null;

  @Field(() => String, { nullable: true })
  municipalityCode!: string | null;

  @Field({ description: 'First admission day (YYYY-MM-DD).' })
  from!: string;

  @Field({ description: 'Last admission day (YYYY-MM-DD).' })
  to!: string;

  @Field({ description: 'When it was published (ISO 8601).' })
  createdAt!: string;

  @Field(() => ID, { description: 'The user who published it.' })
  createdBy!: string;

  @Field({ description: 'UTF-8 with BOM, semicolons, CRLF, decimal commas: for Swedish Excel.' })
  csv!: string;

  @Field({ description: 'The same figures, machine-readable.' })
  json!: string;

  @Field()
  csvSha256!: string;

  @Field()
  jsonSha256!: string;

  @Field(() => [ReportOffsetModel])
  offsets!: ReportOffsetModel[];
}
