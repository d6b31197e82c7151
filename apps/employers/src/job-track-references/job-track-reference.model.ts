import { Directive, Field, ID, ObjectType } from '@nestjs/graphql';

/**
 * The job track as the employers subgraph sees it: owned by job-tracks, which supplies the ids
 * (`@external`); this subgraph contributes the employers and the profile behind them. The router
 * sends the ids along in the representation, so a list of tracks is one `_entities` call here.
 */
@ObjectType('JobTrack')
@Directive('@key(fields: "id")')
export class JobTrackReference {
  @Field(() => ID)
  id!: string;

  @Field(() => [ID])
  @Directive('@external')
  employerIds!: string[];

  @Field(() => ID, { nullable: true })
  @Directive('@external')
  competenceProfileId!: string | null;
}
