import { randomUUID } from 'node:crypto';
import { employerRegisteredV1 } from '@jobbnatet/contracts';
import { Outbox, PiiCipher, SERVICE_CONFIG } from '@jobbnatet/service-kit';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EmployersConfig } from '../config';
import { organisationNumberLocation } from './employers.service';

/** The employer of the development login `employer_contact` (apps/gateway dev users). */
export const devEmployer = {
  id: 'e1e1e1e1-e1e1-4e1e-8e1e-e1e1e1e1e1e1',
  organisationNumber: '5560000001',
  name: 'Testbolaget Södertälje AB',
  sniCode: '49410',
  sizeBand: 'SMALL' as const,
  officeIds: ['af-sodertalje'],
};

/**
 * In development only (`npm start`), the dev employer exists so that its contact person can log
 * in and act; the demo region replaces it. Production never writes it. Registered like any other,
 * with its event, so the replicas of other services (job tracks) know it.
 */
@Injectable()
export class DevEmployerSeed implements OnApplicationBootstrap {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: EmployersConfig,
    private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly outbox: Outbox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.JOBBNATET_MODE !== 'development') return;
    await this.dataSource.transaction(async (manager) => {
      const registeredBy = randomUUID();
      const inserted = (await manager.query(
        `INSERT INTO employer (id, organisation_number_encrypted, organisation_number_index, sole_trader,
           name, sni_code, size_band, office_ids, registered_at, registered_by, version)
         VALUES ($1, $2, $3, false, $4, $5, $6, $7, now(), $8, 1)
         ON CONFLICT DO NOTHING RETURNING registered_at`,
        [
          devEmployer.id,
          this.cipher.encrypt(
            devEmployer.organisationNumber,
            organisationNumberLocation(devEmployer.id),
          ),
          this.cipher.indexOf(devEmployer.organisationNumber),
          devEmployer.name,
          devEmployer.sniCode,
          devEmployer.sizeBand,
          devEmployer.officeIds,
          registeredBy,
        ],
      )) as { registered_at: Date }[];
      if (inserted.length === 0) return;
      await this.outbox.publish(manager, employerRegisteredV1, {
        subject: devEmployer.id,
        data: {
          employerId: devEmployer.id,
          sniCode: devEmployer.sniCode,
          sizeBand: devEmployer.sizeBand,
          officeIds: devEmployer.officeIds,
          registeredAt: inserted[0]!.registered_at.toISOString(),
          registeredBy,
        },
      });
    });
  }
}
