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
  competenceNeedRecordedV1,
  competenceNeedStatusChangedV1,
  competenceProfileAgreedV1,
  competenceProfileRevisedV1,
} from './competence-events';

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
  competenceNeedRecordedV1,
  competenceNeedStatusChangedV1,
  competenceProfileAgreedV1,
  competenceProfileRevisedV1,
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
  competenceNeedRecordedV1,
  competenceNeedStatusChangedV1,
  competenceProfileAgreedV1,
  competenceProfileRevisedV1,
];
