import type { EventDefinition } from '../event-definition';
import {
  participantActivitySupportRecordedV1,
  participantAssessedV1,
  participantConsentGivenV1,
  participantConsentWithdrawnV1,
  participantEmployedV1,
  participantErasedV1,
  participantExitedV1,
  participantRegisteredV1,
  participantRetentionCheckedV1,
  participantUpdatedV1,
} from './participant-events';
import { employerRegisteredV1, employerUpdatedV1 } from './employer-events';
import {
  employerContactLoggedV1,
  employerFeedbackRecordedV1,
  vacancyAcquiredV1,
  vacancyFilledV1,
} from './employer-work-events';

export {
  participantActivitySupportRecordedV1,
  participantAssessedV1,
  participantConsentGivenV1,
  participantConsentWithdrawnV1,
  participantEmployedV1,
  participantErasedV1,
  participantExitedV1,
  participantRegisteredV1,
  participantRetentionCheckedV1,
  participantUpdatedV1,
  employerRegisteredV1,
  employerUpdatedV1,
  employerContactLoggedV1,
  vacancyAcquiredV1,
  vacancyFilledV1,
  employerFeedbackRecordedV1,
};

/** Every event the platform knows, by type and version; a consumer applies nothing outside it. */
export const eventCatalog: readonly EventDefinition[] = [
  participantRegisteredV1,
  participantUpdatedV1,
  participantConsentGivenV1,
  participantConsentWithdrawnV1,
  participantAssessedV1,
  participantEmployedV1,
  participantRetentionCheckedV1,
  participantExitedV1,
  participantErasedV1,
  participantActivitySupportRecordedV1,
  employerRegisteredV1,
  employerUpdatedV1,
  employerContactLoggedV1,
  vacancyAcquiredV1,
  vacancyFilledV1,
  employerFeedbackRecordedV1,
];
