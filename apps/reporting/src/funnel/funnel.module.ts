import { type DynamicModule, Module } from '@nestjs/common';
import { MIN_GROUP_SIZE } from '../reporting-tokens';
import { funnelHandlers } from './funnel-handlers';
import { FunnelResolver } from './funnel.resolver';
import { FunnelService } from './funnel.service';

@Module({})
export class FunnelModule {
  static register(minGroupSize: number): DynamicModule {
    return {
      module: FunnelModule,
      providers: [
        { provide: MIN_GROUP_SIZE, useValue: minGroupSize },
        FunnelResolver,
        FunnelService,
        ...funnelHandlers,
      ],
    };
  }
}
