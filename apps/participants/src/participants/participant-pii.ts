import type { PiiLocation, PiiTable } from '@jobbnatet/service-kit';

/** Where the participant table keeps personal data, for the cipher and for `pii:rekey`. */
export const participantPii: PiiTable = {
  table: 'participant',
  idColumn: 'id',
  columns: [{ encrypted: 'identity_number_encrypted', index: 'identity_number_index' }],
};

/** The identity number's ciphertext of one participant decrypts only in that participant's row. */
export const identityNumberLocation = (participantId: string): PiiLocation => ({
  table: 'participant',
  column: 'identity_number_encrypted',
  rowId: participantId,
});
