import { type Access, CurrentAccess, Scoped } from '@jobbnatet/service-kit';
import {
  Args,
  ID,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
  ResolveReference,
} from '@nestjs/graphql';
import { ActivitiesService } from '../activities/activities.service';
import { offeringPolicy } from '../activities/offering-access';
import { offeringLoader } from '../activities/offering.loader';
import { OfferingModel } from '../activities/offering.model';
import { isUuid } from '../activities/offering-rules';
import { enrolmentPolicy } from './enrolment-access';
import {
  CompleteEnrolmentInput,
  EnrolInput,
  InterruptEnrolmentInput,
  StartEnrolmentInput,
} from './enrolment.inputs';
import {
  enrolmentLoader,
  offeringEnrolmentsLoader,
  participantEnrolmentsLoader,
} from './enrolment.loader';
import { EnrolmentModel, ParticipantReference } from './enrolment.model';
import { EnrolmentsService } from './enrolments.service';

/** Thin: the caller's scope and arguments in, use case, model out. */
@Resolver(() => EnrolmentModel)
export class EnrolmentsResolver {
  constructor(
    private readonly service: EnrolmentsService,
    private readonly activities: ActivitiesService,
  ) {}

  @Scoped(enrolmentPolicy)
  @Query(() => EnrolmentModel, {
    nullable: true,
    description: 'An enrolment you may read, or null.',
  })
  enrolment(
    @CurrentAccess() access: Access,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<EnrolmentModel | null> {
    return enrolmentLoader(access, this.service).load(id);
  }

  // Under the offering policy: the caller must read the offering; the participant's reach is
  // checked against the replica inside.
  @Scoped(offeringPolicy)
  @Mutation(() => EnrolmentModel, {
    description:
      'Enrols a participant in your reach (officers: your office’s; case workers: your ' +
      'municipality’s residents and those who consented to it) on a PLANNED, OPEN or RUNNING ' +
      'offering with a seat left. PARTICIPANT.NOT_IN_REACH is retryable: a participant registered ' +
      'a moment ago reaches this service shortly after.',
  })
  enrol(
    @CurrentAccess() access: Access,
    @Args('input') input: EnrolInput,
  ): Promise<EnrolmentModel> {
    return this.service.enrol(access, input);
  }

  @Scoped(enrolmentPolicy)
  @Mutation(() => EnrolmentModel, {
    description: 'PLANNED → ONGOING, by whoever may enrol the participant or runs the offering.',
  })
  startEnrolment(
    @CurrentAccess() access: Access,
    @Args('input') input: StartEnrolmentInput,
  ): Promise<EnrolmentModel> {
    return this.service.start(access, input);
  }

  @Scoped(enrolmentPolicy)
  @Mutation(() => EnrolmentModel, {
    description:
      'PLANNED or ONGOING → INTERRUPTED with a reason, by whoever may enrol the participant or ' +
      'runs the offering.',
  })
  interruptEnrolment(
    @CurrentAccess() access: Access,
    @Args('input') input: InterruptEnrolmentInput,
  ): Promise<EnrolmentModel> {
    return this.service.interrupt(access, input);
  }

  @Scoped(enrolmentPolicy)
  @Mutation(() => EnrolmentModel, {
    description:
      'ONGOING → COMPLETED, with or without a certificate, by whoever runs the offering (its ' +
      'provider’s staff, its municipality’s case workers, its offices’ officers, admins).',
  })
  completeEnrolment(
    @CurrentAccess() access: Access,
    @Args('input') input: CompleteEnrolmentInput,
  ): Promise<EnrolmentModel> {
    return this.service.complete(access, input);
  }

  @Scoped(offeringPolicy)
  @ResolveField(() => OfferingModel, { nullable: true })
  offering(
    @Parent() enrolment: EnrolmentModel,
    @CurrentAccess() access: Access,
  ): Promise<OfferingModel | null> {
    return offeringLoader(access, this.activities).load(enrolment.offeringId);
  }

  @ResolveField(() => ParticipantReference, {
    description: 'The participant; what you see of them is the participants service’s call.',
  })
  participant(@Parent() enrolment: EnrolmentModel): ParticipantReference {
    return { id: enrolment.participantId };
  }

  @Scoped(enrolmentPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): Promise<EnrolmentModel | null> {
    return enrolmentLoader(access, this.service).load(reference.id);
  }
}

/** `Offering.enrolments`: the ones the caller may read. */
@Resolver(() => OfferingModel)
export class OfferingEnrolmentsResolver {
  constructor(private readonly service: EnrolmentsService) {}

  @Scoped(enrolmentPolicy)
  @ResolveField(() => [EnrolmentModel], { description: 'The enrolments you may read.' })
  enrolments(
    @Parent() offering: OfferingModel,
    @CurrentAccess() access: Access,
  ): Promise<EnrolmentModel[]> {
    return offeringEnrolmentsLoader(access, this.service).load(offering.id);
  }
}

/** This subgraph's part of `Participant`: their enrolments, batched over every participant asked. */
@Resolver(() => ParticipantReference)
export class ParticipantEnrolmentsResolver {
  constructor(private readonly service: EnrolmentsService) {}

  @Scoped(enrolmentPolicy)
  @ResolveField(() => [EnrolmentModel], { description: 'The enrolments you may read.' })
  enrolments(
    @Parent() participant: ParticipantReference,
    @CurrentAccess() access: Access,
  ): Promise<EnrolmentModel[]> {
    return participantEnrolmentsLoader(access, this.service).load(participant.id);
  }

  /** A stub: nothing is read here; `enrolments` applies the caller's scope. */
  @Scoped(enrolmentPolicy)
  @ResolveReference()
  resolveReference(
    @Parent() reference: { id: string },
    @CurrentAccess() access: Access,
  ): ParticipantReference | null {
    return access.scope.kind === 'none' || !isUuid(reference.id) ? null : { id: reference.id };
  }
}
