import { adoptionReadModel } from '../adoption/adoption-handlers';
import { costsReadModel } from '../costs/cost-handlers';
import { funnelReadModel } from '../funnel/funnel-handlers';
import { operationsReadModel } from '../operations/operations-handlers';
import { outcomesReadModel } from '../outcomes/outcome-handlers';
import type { ReadModel } from './read-model';

/**
 * Every read model of the service, in one place: the app consumes their handlers, and the rebuild
 * and checksum cover their tables. A new read model adds itself here.
 */
export const readModels: readonly ReadModel[] = [
  outcomesReadModel,
  funnelReadModel,
  costsReadModel,
  adoptionReadModel,
  operationsReadModel,
];
