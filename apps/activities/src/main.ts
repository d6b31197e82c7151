import 'reflect-metadata';
import { bootstrapService } from '@jobbnatet/service-kit';
import { AppModule, serviceName } from './app.module';
import { activitiesConfig } from './config';

const config = activitiesConfig();
void bootstrapService(AppModule.register(config), serviceName, config);
