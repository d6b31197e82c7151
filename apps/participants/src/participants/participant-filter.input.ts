import { Field, InputType } from '@nestjs/graphql';
import { retentionWindowDescription } from '../outcomes/retention-rules';
import { ParticipantStatusEnum } from './participant.model';

@InputType({ description: 'Narrows a list within your scope; every field is optional.' })
export class ParticipantFilterInput {
  @Field(() => String, { nullable: true, description: 'Only this Arbetsförmedlingen office.' })
  officeId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only participants you are the responsible officer of.',
  })
  mine?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Only residents of this kommun.' })
  municipalityCode?: string | null;

  @Field(() => [ParticipantStatusEnum], {
    nullable: true,
    description: 'Only these statuses; erased participants are listed only when asked for.',
  })
  status?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Part of the name; searches only participants whose personal data you may see.',
  })
  name?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: `True: only participants with an unchecked retention check that is due or overdue today, among those whose personal data you may see. ${retentionWindowDescription}`,
  })
  retentionCheckDue?: boolean | null;
}
