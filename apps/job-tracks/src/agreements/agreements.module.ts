import { Module } from '@nestjs/common';
import { AgreementsResolver } from './agreements.resolver';
import { AgreementsService } from './agreements.service';

/** Collaboration agreements; exports the service so tracks can rest on a valid one. */
@Module({ providers: [AgreementsService, AgreementsResolver], exports: [AgreementsService] })
export class AgreementsModule {}
