import 'reflect-metadata';
import { bootstrapService } from '@jobbnatet/service-kit';
import { AppModule, serviceName } from './app.module';
import { jobTracksConfig } from './config';

const config = jobTracksConfig();
void bootstrapService(AppModule.register(config), serviceName, config);
