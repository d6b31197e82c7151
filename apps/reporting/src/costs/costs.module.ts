import { type DynamicModule, Module } from '@nestjs/common';
import { MIN_GROUP_SIZE } from '../reporting-tokens';
import { costHandlers } from './cost-handlers';
import { ControlBaselinesService } from './control-baselines.service';
import { CostsResolver } from './costs.resolver';
import { CostsService } from './costs.service';

/** Costs per person against control-group baselines: a read model and the baselines it owns. */
@Module({})
export class CostsModule {
  static register(minGroupSize: number): DynamicModule {
    return {
      module: CostsModule,
      providers: [
        { provide: MIN_GROUP_SIZE, useValue: minGroupSize },
        CostsResolver,
        CostsService,
        ControlBaselinesService,
        ...costHandlers,
      ],
    };
  }
}
