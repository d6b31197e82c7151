import { randomUUID } from 'node:crypto';
import { providerRegisteredV1 } from '@jobbnatet/contracts';
import { Outbox, SERVICE_CONFIG } from '@jobbnatet/service-kit';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ActivitiesConfig } from '../config';

/**
 * The provider of the development login `provider_staff` (apps/gateway dev users): the supplier
 * the demo region (tools/demo-region) finds by name for its logistics training. The organisation
 * number follows the region's synthetic scheme (ADR 0030).
 */
export const devProvider = {
  id: 'b2b2b2b2-b2b2-4b2b-8b2b-b2b2b2b2b2b2',
  kind: 'SUPPLIER' as const,
  name: 'Logistikskolan AB',
  organisationNumber: '4020100022',
};

/**
 * In development only (`npm start`), the dev provider exists so that its staff can log in and
 * act, as apps/employers' DevEmployerSeed does for the employer contact. Production never writes
 * it. Registered like any other, with its event.
 */
@Injectable()
export class DevProviderSeed implements OnApplicationBootstrap {
  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ActivitiesConfig,
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.JOBBNATET_MODE !== 'development') return;
    await this.dataSource.transaction(async (manager) => {
      const registeredBy = randomUUID();
      const inserted = (await manager.query(
        `INSERT INTO provider (id, kind, name, organisation_number, municipality_code, created_at, created_by)
         VALUES ($1, $2, $3, $4, NULL, now(), $5)
         ON CONFLICT DO NOTHING RETURNING created_at`,
        [
          devProvider.id,
          devProvider.kind,
          devProvider.name,
          devProvider.organisationNumber,
          registeredBy,
        ],
      )) as { created_at: Date }[];
      if (inserted.length === 0) return;
      await this.outbox.publish(manager, providerRegisteredV1, {
        subject: devProvider.id,
        data: {
          providerId: devProvider.id,
          kind: devProvider.kind,
          municipalityCode: null,
          registeredAt: inserted[0]!.created_at.toISOString(),
          registeredBy,
        },
      });
    });
  }
}
