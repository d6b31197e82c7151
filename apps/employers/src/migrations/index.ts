import { CreateEmployer1796099186778 } from './1796099186778-CreateEmployer';
import { CreateEmployerWork1796099200300 } from './1796099200300-CreateEmployerWork';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [CreateEmployer1796099186778, CreateEmployerWork1796099200300];
