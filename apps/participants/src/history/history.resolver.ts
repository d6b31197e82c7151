import { groupedLoader, PiiCipher } from '@jobbnatet/service-kit';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { caseViewOf } from '../access-log/case-view';
import { isResponsibleOffice } from '../participants/participant-access';
import { display } from '../participants/participant-cases';
import { piiLocation } from '../participants/participant-pii';
import { ParticipantModel } from '../participants/participant.model';
import type { AddressInput } from '../participants/person-rules';
import { ParticipantChangeModel } from './participant-change.model';

interface ChangeRow {
  id: string;
  participant_id: string;
  field: string;
  old_value_encrypted: string | null;
  new_value_encrypted: string | null;
  changed_by: string;
  changed_at: Date;
}

/** How a stored value reads: identity numbers with their hyphen, an address on one line. */
function readable(field: string, value: unknown): string | null {
  if (value === null) return null;
  if (field === 'identityNumber') return display(value as string);
  if (field === 'address') {
    const address = value as AddressInput;
    return `${address.street}, ${address.postalCode} ${address.city}`;
  }
  return String(value);
}

/** The change history: the responsible office, and an admin who stated a reason. */
@Resolver(() => ParticipantModel)
export class HistoryResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
  ) {}

  @ResolveField(() => [ParticipantChangeModel], {
    nullable: true,
    description:
      'Changes of identity and contact fields, oldest first; the responsible office and admins with a reason.',
  })
  async history(@Parent() participant: ParticipantModel): Promise<ParticipantChangeModel[] | null> {
    const view = caseViewOf(participant);
    const allowed =
      isResponsibleOffice(view.caller, view.facts) ||
      (view.disclosure.level === 'personal' && view.disclosure.purpose === 'ADMINISTRATION');
    if (!allowed) return null;
    await view.audit('history');
    const rows = await this.loader(view.request).load(participant.id);
    return rows.map((row) => {
      const open = (column: 'old_value_encrypted' | 'new_value_encrypted') => {
        const stored = row[column];
        if (stored === null) return null;
        const plain = this.cipher.decrypt(
          stored,
          piiLocation('participant_change', column, row.id),
        );
        return readable(row.field, JSON.parse(plain) as unknown);
      };
      return {
        id: row.id,
        field: row.field,
        oldValue: open('old_value_encrypted'),
        newValue: open('new_value_encrypted'),
        changedBy: row.changed_by,
        changedAt: row.changed_at,
      };
    });
  }

  private loader(request: object): DataLoader<string, ChangeRow[]> {
    return groupedLoader(
      request,
      this,
      (ids: readonly string[]) =>
        this.dataSource.query(
          'SELECT * FROM participant_change WHERE participant_id = ANY($1::uuid[]) ORDER BY changed_at, field',
          [ids],
        ) as Promise<ChangeRow[]>,
      (row) => row.participant_id,
    );
  }
}
