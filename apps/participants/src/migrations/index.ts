import { CreateParticipant1763900000100 } from './1763900000100-CreateParticipant';
import { VersionBlindIndex1764540000000 } from './1764540000000-VersionBlindIndex';
import { ParticipantCase1764700000000 } from './1764700000000-ParticipantCase';
import { EmploymentOutcomes1764700000100 } from './1764700000100-EmploymentOutcomes';
import { Referrals1764700000300 } from './1764700000300-Referrals';
import { AssessmentsAndNotes1764700000200 } from './1764700000200-AssessmentsAndNotes';
import { ParticipantOfficeCount1764700000400 } from './1764700000400-ParticipantOfficeCount';
import { ParticipantTally1764700000500 } from './1764700000500-ParticipantTally';
import { ParticipantTallyDeltas1764700000600 } from './1764700000600-ParticipantTallyDeltas';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [
  CreateParticipant1763900000100,
  VersionBlindIndex1764540000000,
  ParticipantCase1764700000000,
  EmploymentOutcomes1764700000100,
  AssessmentsAndNotes1764700000200,
  Referrals1764700000300,
  ParticipantOfficeCount1764700000400,
  ParticipantTally1764700000500,
  ParticipantTallyDeltas1764700000600,
];
