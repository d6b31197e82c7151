import type { PiiLocation, PiiTable } from '@jobbnatet/service-kit';

/**
 * Every table column of this service that holds personal data, for `pii:rekey`; a ciphertext is
 * bound to its table, column and row, so one copied elsewhere does not decrypt.
 */
export const participantsPii: PiiTable[] = [
  {
    table: 'participant',
    idColumn: 'id',
    columns: [
      { encrypted: 'identity_number_encrypted', index: 'identity_number_index' },
      { encrypted: 'contact_encrypted' },
    ],
  },
  {
    table: 'participant_change',
    idColumn: 'id',
    columns: [{ encrypted: 'old_value_encrypted' }, { encrypted: 'new_value_encrypted' }],
  },
  {
    table: 'referral',
    idColumn: 'id',
    columns: [
      { encrypted: 'identity_number_encrypted', index: 'identity_number_index' },
      { encrypted: 'person_encrypted' },
      { encrypted: 'reason_encrypted' },
    ],
  },
  {
    table: 'assessment_factor',
    idColumn: 'id',
    columns: [{ encrypted: 'text_encrypted' }, { encrypted: 'interventions_text_encrypted' }],
  },
  {
    table: 'participant_note',
    idColumn: 'id',
    columns: [{ encrypted: 'text_encrypted' }],
  },
];

/** Where one ciphertext of a row lives. */
export const piiLocation = (table: string, column: string, rowId: string): PiiLocation => ({
  table,
  column,
  rowId,
});

/** The identity number's ciphertext of one participant decrypts only in that participant's row. */
export const identityNumberLocation = (participantId: string): PiiLocation =>
  piiLocation('participant', 'identity_number_encrypted', participantId);

export const contactLocation = (participantId: string): PiiLocation =>
  piiLocation('participant', 'contact_encrypted', participantId);
