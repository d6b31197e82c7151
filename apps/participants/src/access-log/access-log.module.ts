import { Module } from '@nestjs/common';
import { AccessLog } from './access-log.service';

@Module({ providers: [AccessLog], exports: [AccessLog] })
export class AccessLogModule {}
