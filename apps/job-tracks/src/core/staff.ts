import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type InvalidInput,
  isOrganisation,
  isUuid,
  type Organisation,
  organisations,
  text,
} from './input-rules';

export const OrganisationEnum = Object.fromEntries(organisations.map((o) => [o, o])) as Record<
  Organisation,
  Organisation
>;
registerEnumType(OrganisationEnum, {
  name: 'StaffOrganisation',
  description: 'AF: Arbetsförmedlingen; MUNICIPALITY: the municipality.',
});

/** A user of either party in a role: an agreement's contact, a track's team or coordinator. */
@ObjectType('StaffMember')
export class StaffMember {
  @Field(() => ID)
  userId!: string;

  @Field(() => OrganisationEnum)
  organisation!: Organisation;

  @Field({ description: 'The role label, e.g. "samordnare" or "arbetsförmedlare".' })
  role!: string;
}

@InputType('StaffMemberInput')
export class StaffMemberInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => OrganisationEnum)
  organisation!: string;

  @Field({ description: '1–100 characters.' })
  role!: string;
}

/** A list of staff, each user once; `min` says how many the list needs. */
export function validateStaff(
  invalid: InvalidInput,
  field: string,
  value: unknown,
  { min = 0, max = 50 } = {},
): StaffMember[] {
  if (!Array.isArray(value) || value.length < min || value.length > max) {
    throw invalid(field, `${field} must list ${min}–${max} staff members`);
  }
  const members = value.map((item: unknown) => {
    const member = (item ?? {}) as Record<string, unknown>;
    if (!isUuid(member.userId)) throw invalid(field, `${field} needs a user id for each member`);
    if (!isOrganisation(member.organisation)) {
      throw invalid(field, `${field} needs an organisation (AF or MUNICIPALITY) for each member`);
    }
    return {
      userId: member.userId.toLowerCase(),
      organisation: member.organisation,
      role: text(invalid, field, member.role, 100),
    };
  });
  if (new Set(members.map((m) => `${m.userId}/${m.role}`)).size !== members.length) {
    throw invalid(field, `${field} lists a member in the same role twice`);
  }
  return members;
}
