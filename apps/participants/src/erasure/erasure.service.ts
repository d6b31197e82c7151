import { participantErasedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox } from '@jobbnatet/service-kit';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccessLog } from '../access-log/access-log.service';
import { ParticipantCases } from '../participants/participant-cases';
import { adminReason } from '../participants/participant-page';
import { actionNotAllowed, reasonRequired } from '../participants/participant.errors';
import { PERSONAL_DATA_ERASERS, type PersonalDataEraser } from './personal-data-eraser';

/**
 * Erasure on request (GDPR art. 17): the participant stays as an anonymous statistical record
 * (office, municipality, dates, status, outcomes, exit, support periods), everything personal goes
 * in one transaction, and `participant.erased` tells every other service to do the same.
 */
@Injectable()
export class ErasureService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cases: ParticipantCases,
    private readonly accessLog: AccessLog,
    @Inject(PERSONAL_DATA_ERASERS) private readonly erasers: PersonalDataEraser[],
  ) {}

  async erase(
    access: Access,
    input: { participantId: string; reason?: string | null },
  ): Promise<{ participantId: string; erasedAt: Date }> {
    const reason = adminReason(input.reason);
    if (!reason) throw reasonRequired();
    const erasedAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      const row = await this.cases.lockForCommand(manager, access, input.participantId);
      if (access.caller.role !== 'admin') throw actionNotAllowed('erase the participant');
      // Before the row is cleared: an eraser may find the person's other data by its blind index.
      for (const eraser of this.erasers) await eraser.eraseParticipant(manager, row.id);
      await manager.query(
        `UPDATE participant SET identity_number_encrypted = NULL, identity_number_index = NULL,
           given_name = NULL, family_name = NULL, contact_encrypted = NULL, languages = '{}',
           education_level = NULL, driving_licences = '{}', labour_market_programme = NULL,
           status = 'ERASED', erased_at = $2, version = version + 1
         WHERE id = $1`,
        [row.id, erasedAt],
      );
      await manager.query('DELETE FROM participant_change WHERE participant_id = $1', [row.id]);
      await this.outbox.publish(manager, participantErasedV1, {
        subject: row.id,
        data: {
          participantId: row.id,
          erasedAt: erasedAt.toISOString(),
          erasedBy: access.caller.userId,
        },
      });
    });
    // The access log keeps the participant's id only, and says who erased it and why.
    await this.accessLog.record(access.caller, [
      {
        participantId: input.participantId,
        field: 'erasure',
        purpose: 'ERASURE',
        adminReason: reason,
      },
    ]);
    return { participantId: input.participantId, erasedAt };
  }
}
