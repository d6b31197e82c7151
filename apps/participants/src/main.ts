import 'reflect-metadata';
import { bootstrapService } from '@jobbnatet/service-kit';
import { AppModule, serviceName } from './app.module';
import { participantsConfig } from './config';

const config = participantsConfig();
void bootstrapService(AppModule.register(config), serviceName, config);
