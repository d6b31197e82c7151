import { CreateParticipantReach1796200000000 } from '@jobbnatet/participant-reach';
import { CreateOffering1796101525057 } from './1796101525057-CreateOffering';
import { CreateSession1796110000000 } from './1796110000000-CreateSession';
import { CreateEnrolment1796200000100 } from './1796200000100-CreateEnrolment';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [
  CreateOffering1796101525057,
  CreateSession1796110000000,
  CreateParticipantReach1796200000000,
  CreateEnrolment1796200000100,
];
