import { type DynamicModule, Module } from '@nestjs/common';
import { operationsHandlers } from './operations-handlers';
import { OperationsResolver } from './operations.resolver';
import { OperationsService } from './operations.service';

@Module({})
export class OperationsModule {
  static register(): DynamicModule {
    return {
      module: OperationsModule,
      providers: [OperationsResolver, OperationsService, ...operationsHandlers],
    };
  }
}
