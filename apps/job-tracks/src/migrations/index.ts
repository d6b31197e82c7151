import { CreateTrack1796106326339 } from './1796106326339-CreateTrack';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [CreateTrack1796106326339];
