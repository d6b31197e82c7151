import { CreateOffering1796101525057 } from './1796101525057-CreateOffering';
import { CreateSession1796110000000 } from './1796110000000-CreateSession';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [CreateOffering1796101525057, CreateSession1796110000000];
