import { CreateParticipant1763900000100 } from './1763900000100-CreateParticipant';
import { VersionBlindIndex1764540000000 } from './1764540000000-VersionBlindIndex';
import { ParticipantCase1764700000000 } from './1764700000000-ParticipantCase';
import { Referrals1764700000300 } from './1764700000300-Referrals';
import { ParticipantOfficeCount1764700000400 } from './1764700000400-ParticipantOfficeCount';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [
  CreateParticipant1763900000100,
  VersionBlindIndex1764540000000,
  ParticipantCase1764700000000,
  Referrals1764700000300,
  ParticipantOfficeCount1764700000400,
];
