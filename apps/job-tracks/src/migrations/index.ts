import { CreateParticipantReach1796200000000 } from '@jobbnatet/participant-reach';
import { CreateJobTracks1796106326339 } from './1796106326339-CreateJobTracks';
import { CreateRecruitment1796120000000 } from './1796120000000-CreateRecruitment';
import { CreateChain1796121000000 } from './1796121000000-CreateChain';
import { CreateClosingAndRollout1796122000000 } from './1796122000000-CreateClosingAndRollout';
import { CreateEmployerReplicas1796123000000 } from './1796123000000-CreateEmployerReplicas';
import { EraseParticipantText1796123000001 } from './1796123000001-EraseParticipantText';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [
  CreateJobTracks1796106326339,
  CreateRecruitment1796120000000,
  CreateChain1796121000000,
  CreateClosingAndRollout1796122000000,
  CreateEmployerReplicas1796123000000,
  EraseParticipantText1796123000001,
  CreateParticipantReach1796200000000,
];
