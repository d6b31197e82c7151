import 'reflect-metadata';
import { bootstrapService } from '@jobbnatet/service-kit';
import { AppModule, serviceName } from './app.module';
import { employersConfig } from './config';

const config = employersConfig();
void bootstrapService(AppModule.register(config), serviceName, config);
