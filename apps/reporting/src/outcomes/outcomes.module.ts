import { type DynamicModule, Module } from '@nestjs/common';
import { MIN_GROUP_SIZE } from '../reporting-tokens';
import { outcomeHandlers } from './outcome-handlers';
import { OutcomesResolver } from './outcomes.resolver';
import { OutcomesService } from './outcomes.service';

@Module({})
export class OutcomesModule {
  static register(minGroupSize: number): DynamicModule {
    return {
      module: OutcomesModule,
      providers: [
        { provide: MIN_GROUP_SIZE, useValue: minGroupSize },
        OutcomesResolver,
        OutcomesService,
        ...outcomeHandlers,
      ],
    };
  }
}
