import 'reflect-metadata';
import { bootstrapService } from '@jobbnatet/service-kit';
import { AppModule, serviceName } from './app.module';
import { {{serviceCamel}}Config } from './config';

const config = {{serviceCamel}}Config();
void bootstrapService(AppModule.register(config), serviceName, config);
