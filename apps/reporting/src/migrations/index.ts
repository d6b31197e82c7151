import { CreateReport1796111338322 } from './1796111338322-CreateReport';
import { CreateOutcomes1796200000000 } from './1796200000000-CreateOutcomes';
import { DropReport1796300000000 } from './1796300000000-DropReport';
import { CreateFunnel1796400000000 } from './1796400000000-CreateFunnel';
import { CreateCosts1796500000000 } from './1796500000000-CreateCosts';
import { CreateAdoption1796510000000 } from './1796510000000-CreateAdoption';
import { CreateOperations1796511000000 } from './1796511000000-CreateOperations';
import { CreateReportSnapshot1796530000000 } from './1796530000000-CreateReportSnapshot';
import { AddClosingAnswers1796540000000 } from './1796540000000-AddClosingAnswers';

/** In order; a merged migration is never edited, a change is a new file. */
export const migrations = [
  CreateReport1796111338322,
  CreateOutcomes1796200000000,
  DropReport1796300000000,
  CreateFunnel1796400000000,
  CreateCosts1796500000000,
  CreateAdoption1796510000000,
  CreateOperations1796511000000,
  CreateReportSnapshot1796530000000,
  AddClosingAnswers1796540000000,
];
