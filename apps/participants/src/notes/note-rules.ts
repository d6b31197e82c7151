import { actionNotAllowed } from '../participants/participant.errors';
import { oneOf } from '../participants/person-rules';
import { freeText, pastOrToday } from '../assessments/case-entry-rules';

/** What a note records: the support a person needs, or how they are progressing. */
export const noteKinds = ['SUPPORT_NEED', 'PROGRESSION'] as const;
export type NoteKind = (typeof noteKinds)[number];

/** Who writes notes: the responsible office's officers and municipal case workers with consent. */
export const noteAuthorRoles = ['OFFICER', 'MUNICIPAL_CASE_WORKER'] as const;
export type NoteAuthorRole = (typeof noteAuthorRoles)[number];

export const noteTextMax = 4000;

/** A note as the caller sent it: nothing checked yet. */
export interface NoteInput {
  kind: string;
  writtenOn: string;
  text: string;
}

export interface ValidNote {
  kind: NoteKind;
  writtenOn: string;
  text: string;
}

/** Checks a note apart from the participant: its kind, a date not in the future, 1–4000 characters. */
export function validateNote(input: NoteInput, today: string): ValidNote {
  return {
    kind: oneOf('kind', input.kind, noteKinds),
    writtenOn: pastOrToday('writtenOn', input.writtenOn, today),
    text: freeText('text', input.text, noteTextMax),
  };
}

/** The author's role as notes record it; only the two roles that may write one. */
export function noteAuthorRole(role: string): NoteAuthorRole {
  switch (role) {
    case 'officer':
      return 'OFFICER';
    case 'municipal_case_worker':
      return 'MUNICIPAL_CASE_WORKER';
    default:
      throw actionNotAllowed('write a note');
  }
}
