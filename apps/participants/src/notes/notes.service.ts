import { randomUUID } from 'node:crypto';
import { type Access, groupedLoader, PiiCipher } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { caseViewOf } from '../access-log/case-view';
import { withinCase } from '../assessments/case-entry-rules';
import { swedishDay } from '@jobbnatet/domain-se';
import { mayWriteNote } from '../participants/participant-access';
import { factsOf, ParticipantCases } from '../participants/participant-cases';
import { piiLocation } from '../participants/participant-pii';
import { actionNotAllowed } from '../participants/participant.errors';
import type { ParticipantModel } from '../participants/participant.model';
import { type NoteInput, noteAuthorRole, validateNote } from './note-rules';
import { NoteEntity } from './note.entity';
import type { NoteModel } from './note.model';

interface NoteRow {
  id: string;
  participant_id: string;
  kind: string;
  written_on: string;
  written_by: string;
  author_role: string;
  text_encrypted: string;
  recorded_at: Date;
}

const textLocation = (noteId: string) => piiLocation('participant_note', 'text_encrypted', noteId);

@Injectable()
export class NotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cipher: PiiCipher,
    private readonly cases: ParticipantCases,
  ) {}

  /**
   * Writes a note: the responsible office, or a municipal case worker whose municipality holds a
   * valid consent. No event: a note's text never leaves this service.
   */
  async write(access: Access, input: NoteInput & { participantId: string }): Promise<NoteModel> {
    const note = validateNote(input, swedishDay(new Date()));
    const id = randomUUID();
    const recordedAt = new Date();
    const participantId = await this.dataSource.transaction(async (manager) => {
      const row = await this.cases.lockForCommand(manager, access, input.participantId);
      if (!mayWriteNote(access.caller, factsOf(row))) throw actionNotAllowed('write a note');
      withinCase('writtenOn', note.writtenOn, swedishDay(row.registered_at));
      await manager.insert(NoteEntity, {
        id,
        participantId: row.id,
        kind: note.kind,
        writtenOn: note.writtenOn,
        writtenBy: access.caller.userId,
        authorRole: noteAuthorRole(access.caller.role),
        textEncrypted: this.cipher.encrypt(note.text, textLocation(id)),
        recordedAt,
      });
      return row.id;
    });
    // The answer is a read of what was written: logged like any other.
    const [participant] = await this.cases.findVisible(access, [participantId]);
    await caseViewOf(participant!).audit('notes');
    return {
      id,
      kind: note.kind,
      writtenOn: note.writtenOn,
      text: note.text,
      writtenBy: access.caller.userId,
      authorRole: noteAuthorRole(access.caller.role),
      recordedAt,
    };
  }

  /**
   * `Participant.notes`, newest first, of one kind or all: null unless personal data is disclosed,
   * logged before anything is loaded. Every participant of a request with one statement.
   */
  async notesOf(
    participant: ParticipantModel,
    kind: string | null | undefined,
  ): Promise<NoteModel[] | null> {
    const view = caseViewOf(participant);
    if (view.disclosure.level !== 'personal') return null;
    await view.audit('notes');
    const rows = await this.loader(view.request).load(participant.id);
    // A ciphertext decrypts only in the row it was written for: a moved one fails the field.
    return rows
      .filter((row) => kind == null || row.kind === kind)
      .map((row) => ({
        id: row.id,
        kind: row.kind,
        writtenOn: row.written_on,
        text: this.cipher.decrypt(row.text_encrypted, textLocation(row.id)),
        writtenBy: row.written_by,
        authorRole: row.author_role,
        recordedAt: row.recorded_at,
      }));
  }

  private loader(request: object): DataLoader<string, NoteRow[]> {
    return groupedLoader(
      request,
      this,
      (ids: readonly string[]) =>
        this.dataSource.query(
          `SELECT n.id, n.participant_id, n.kind, n.written_on::text AS written_on, n.written_by,
                  n.author_role, n.text_encrypted, n.recorded_at
             FROM participant_note n WHERE n.participant_id = ANY($1::uuid[])
            ORDER BY n.written_on DESC, n.recorded_at DESC, n.id`,
          [ids],
        ) as Promise<NoteRow[]>,
      (row) => row.participant_id,
    );
  }
}
