import { Module } from '@nestjs/common';
import { AccessLogResolver } from './access-log.resolver';
import { AccessLog } from './access-log.service';

@Module({ providers: [AccessLog, AccessLogResolver], exports: [AccessLog] })
export class AccessLogModule {}
