import 'reflect-metadata';
import { bootstrapService } from '@jobbnatet/service-kit';
import { AppModule, serviceName } from './app.module';
import { reportingConfig } from './config';

const config = reportingConfig();
void bootstrapService(AppModule.register(config), serviceName, config);
