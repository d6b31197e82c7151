import { DomainError } from '@jobbnatet/domain-core';
import { hostileString } from '@jobbnatet/testing';
import fc from 'fast-check';
import { type NoteInput, noteAuthorRole, validateNote } from './note-rules';

const today = '2025-06-10';
const note = (overrides: Partial<NoteInput> = {}): NoteInput => ({
  kind: 'PROGRESSION',
  writtenOn: '2025-06-01',
  text: 'Har börjat praktik på lagret.',
  ...overrides,
});

function refusedField(input: NoteInput): string | null {
  try {
    validateNote(input, today);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('PARTICIPANT.INVALID_INPUT');
    return error.field ?? 'unnamed';
  }
}

describe('note rules', () => {
  it('accepts a note of each kind, its text trimmed', () => {
    expect(validateNote(note({ kind: 'SUPPORT_NEED', text: ' Behöver tolk. ' }), today)).toEqual({
      kind: 'SUPPORT_NEED',
      writtenOn: '2025-06-01',
      text: 'Behöver tolk.',
    });
  });

  it('accepts 4000 characters and refuses 4001 and none', () => {
    expect(refusedField(note({ text: 'ä'.repeat(4000) }))).toBeNull();
    expect(refusedField(note({ text: 'ä'.repeat(4001) }))).toBe('text');
    expect(refusedField(note({ text: '' }))).toBe('text');
  });

  it('refuses a kind outside the list and a day in the future', () => {
    expect(refusedField(note({ kind: 'GOSSIP' }))).toBe('kind');
    expect(refusedField(note({ writtenOn: '2025-06-11' }))).toBe('writtenOn');
    expect(refusedField(note({ writtenOn: '2025-6-1' }))).toBe('writtenOn');
  });

  it('refuses blank, invisible and control-laden text from the shared corpus', () => {
    fc.assert(
      fc.property(
        hostileString().filter(
          (value) =>
            !/[\p{L}\p{N}]/u.test(value) ||
            [...value].length > 4000 ||
            /[\u0000\u202e]/.test(value),
        ),
        (text) => refusedField(note({ text })) === 'text',
      ),
    );
  });

  it('records the author as an officer or a case worker, refusing any other role', () => {
    expect(noteAuthorRole('officer')).toBe('OFFICER');
    expect(noteAuthorRole('municipal_case_worker')).toBe('MUNICIPAL_CASE_WORKER');
    expect(() => noteAuthorRole('admin')).toThrow(DomainError);
  });
});
