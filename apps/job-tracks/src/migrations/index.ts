import { CreateJobTracks1796106326339 } from './1796106326339-CreateJobTracks';
import { CreateChain1796121000000 } from './1796121000000-CreateChain';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [CreateJobTracks1796106326339, CreateChain1796121000000];
