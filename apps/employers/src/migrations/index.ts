import { CreateEmployer1796099186778 } from './1796099186778-CreateEmployer';
import { CreateCompetence1796099200100 } from './1796099200100-CreateCompetence';
import { CreateLetterOfIntent1796099200200 } from './1796099200200-CreateLetterOfIntent';
import { CreateEmployerWork1796099200300 } from './1796099200300-CreateEmployerWork';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [
  CreateEmployer1796099186778,
  CreateCompetence1796099200100,
  CreateLetterOfIntent1796099200200,
  CreateEmployerWork1796099200300,
];
