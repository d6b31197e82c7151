import { type DynamicModule, Module } from '@nestjs/common';
import { ADOPTION_TARGET, MIN_GROUP_SIZE } from '../reporting-tokens';
import { adoptionHandlers } from './adoption-handlers';
import { AdoptionResolver } from './adoption.resolver';
import { AdoptionService } from './adoption.service';

@Module({})
export class AdoptionModule {
  static register(minGroupSize: number, target: number): DynamicModule {
    return {
      module: AdoptionModule,
      providers: [
        { provide: MIN_GROUP_SIZE, useValue: minGroupSize },
        { provide: ADOPTION_TARGET, useValue: target },
        AdoptionResolver,
        AdoptionService,
        ...adoptionHandlers,
      ],
    };
  }
}
