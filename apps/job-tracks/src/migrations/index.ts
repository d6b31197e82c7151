import { CreateJobTracks1796106326339 } from './1796106326339-CreateJobTracks';
import { CreateClosingAndRollout1796122000000 } from './1796122000000-CreateClosingAndRollout';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [CreateJobTracks1796106326339, CreateClosingAndRollout1796122000000];
