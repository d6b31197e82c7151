import { CreateReport1796111338322 } from './1796111338322-CreateReport';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [CreateReport1796111338322];
