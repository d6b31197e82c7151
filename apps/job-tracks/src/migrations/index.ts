import { CreateJobTracks1796106326339 } from './1796106326339-CreateJobTracks';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [CreateJobTracks1796106326339];
