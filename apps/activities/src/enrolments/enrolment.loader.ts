import { type Access, groupedLoader, perRequest } from '@jobbnatet/service-kit';
import DataLoader from 'dataloader';
import type { EnrolmentModel } from './enrolment.model';
import type { EnrolmentsService } from './enrolments.service';

// Per-request loaders, each scoped to the caller: a batch of ids is one SQL query, and a foreign
// id is answered like a missing one (null, or no enrolments).

const byId = Symbol('enrolment by id');
const byOffering = Symbol('enrolments by offering');
const byParticipant = Symbol('enrolments by participant');

export function enrolmentLoader(
  access: Access,
  service: EnrolmentsService,
): DataLoader<string, EnrolmentModel | null> {
  return perRequest(
    access.request,
    byId,
    () => new DataLoader((ids: readonly string[]) => service.findVisible(access, ids)),
  );
}

export function offeringEnrolmentsLoader(
  access: Access,
  service: EnrolmentsService,
): DataLoader<string, EnrolmentModel[]> {
  return groupedLoader(
    access.request,
    byOffering,
    (ids: readonly string[]) => service.byOfferings(access, ids),
    (enrolment) => enrolment.offeringId,
  );
}

export function participantEnrolmentsLoader(
  access: Access,
  service: EnrolmentsService,
): DataLoader<string, EnrolmentModel[]> {
  return groupedLoader(
    access.request,
    byParticipant,
    (ids: readonly string[]) => service.byParticipants(access, ids),
    (enrolment) => enrolment.participantId,
  );
}
