import { randomUUID } from 'node:crypto';
import {
  employerContactLoggedV1,
  employerFeedbackRecordedV1,
  vacancyAcquiredV1,
  vacancyFilledV1,
} from '@jobbnatet/contracts';
import { type Access, Outbox, PiiCipher } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  actionNotAllowed,
  alreadyFilledByParticipant,
  contactNotFound,
  invalidInput,
  vacancyFilled,
  vacancyNotFound,
} from '../employers/employer.errors';
import { EmployersService, isUuid } from '../employers/employers.service';
import {
  mayRecordEmployerWork,
  mayRecordFeedback,
  maySeeFeedbackComment,
  maySeeOfficeWork,
  maySeeWorkDetails,
} from './employer-work-access';
import {
  type ContactInput,
  type FeedbackInput,
  notBefore,
  pageSize,
  pastOrToday,
  type Period,
  uuidOf,
  validateContact,
  validateFeedback,
  validatePeriod,
  validateVacancy,
  type VacancyInput,
} from './employer-work-rules';
import { swedishDay } from '@jobbnatet/domain-se';
import type {
  AcquiredVacancyModel,
  EmployerContactConnection,
  EmployerContactModel,
  EmployerFeedbackModel,
  EmployerWorkModel,
} from './employer-work.model';

export const contactSummaryLocation = (contactId: string) => ({
  table: 'employer_contact',
  column: 'summary_encrypted',
  rowId: contactId,
});

export const feedbackCommentLocation = (feedbackId: string) => ({
  table: 'employer_feedback',
  column: 'comment_encrypted',
  rowId: feedbackId,
});

export interface ContactRow {
  id: string;
  employer_id: string;
  kind: string;
  outcome: string;
  occurred_on: string;
  summary_encrypted: string | null;
  officer_id: string;
  office_id: string;
  logged_at: Date;
}

export interface VacancyRow {
  id: string;
  employer_id: string;
  contact_id: string;
  occupation_code: string | null;
  positions: number;
  acquired_on: string;
  officer_id: string;
  office_id: string;
  fills: { participantId: string; filledOn: string }[];
}

export interface FeedbackRow {
  id: string;
  employer_id: string;
  participant_id: string | null;
  context: string;
  experience: number;
  support_needs: string[];
  comment_encrypted: string | null;
  recorded_by: string;
  recorded_by_role: string;
  recorded_at: Date;
}

/** Whose work a summary counts: one officer's, or one office's. */
export type WorkOwner = { officerId: string } | { officeId: string };

/** Dates come back from PostgreSQL as text (`::text`), never through a time zone. */
const contactColumns = `c.id, c.employer_id, c.kind, c.outcome, c.occurred_on::text AS occurred_on,
  c.summary_encrypted, c.officer_id, c.office_id, c.logged_at`;

/** The officers' employer work: one method, one transaction, its outbox event; all within scope. */
@Injectable()
export class EmployerWorkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PiiCipher,
    private readonly employers: EmployersService,
  ) {}

  private today(): string {
    return swedishDay(new Date());
  }

  /** Logs a visit, call, meeting or e-mail with an employer the officer's office works with. */
  async logContact(access: Access, input: ContactInput): Promise<EmployerContactModel> {
    const valid = validateContact(input, this.today());
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.lockForCommand(manager, access, input.employerId);
      const officeId = access.caller.officeId;
      if (!mayRecordEmployerWork(access.caller.role) || officeId === undefined) {
        throw actionNotAllowed('log a contact');
      }
      const loggedAt = new Date();
      await manager.query(
        `INSERT INTO employer_contact
           (id, employer_id, kind, outcome, occurred_on, summary_encrypted, officer_id, office_id, logged_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          id,
          employer.id,
          valid.kind,
          valid.outcome,
          valid.occurredOn,
          valid.summary === null
            ? null
            : this.cipher.encrypt(valid.summary, contactSummaryLocation(id)),
          access.caller.userId,
          officeId,
          loggedAt,
        ],
      );
      await this.outbox.publish(manager, employerContactLoggedV1, {
        subject: employer.id,
        data: {
          contactId: id,
          employerId: employer.id,
          kind: valid.kind,
          outcome: valid.outcome,
          occurredOn: valid.occurredOn,
          officeId,
          loggedBy: access.caller.userId,
          loggedAt: loggedAt.toISOString(),
        },
      });
    });
    const [row] = (await this.dataSource.query(
      `SELECT ${contactColumns} FROM employer_contact c WHERE c.id = $1`,
      [id],
    )) as ContactRow[];
    return this.toContact(access, row!);
  }

  /** Records a vacancy acquired through a contact logged with the same employer. */
  async recordVacancy(access: Access, input: VacancyInput): Promise<AcquiredVacancyModel> {
    const valid = validateVacancy(input, this.today());
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.lockForCommand(manager, access, input.employerId);
      const officeId = access.caller.officeId;
      if (!mayRecordEmployerWork(access.caller.role) || officeId === undefined) {
        throw actionNotAllowed('record an acquired vacancy');
      }
      const [contact] = (await manager.query(
        'SELECT id, occurred_on::text AS occurred_on FROM employer_contact WHERE id = $1 AND employer_id = $2',
        [valid.contactId, employer.id],
      )) as { id: string; occurred_on: string }[];
      if (!contact) throw contactNotFound();
      notBefore('acquiredOn', valid.acquiredOn, contact.occurred_on, 'the contact it came from');
      await manager.query(
        `INSERT INTO acquired_vacancy
           (id, employer_id, contact_id, occupation_code, positions, acquired_on, officer_id, office_id, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
        [
          id,
          employer.id,
          contact.id,
          valid.occupationCode,
          valid.positions,
          valid.acquiredOn,
          access.caller.userId,
          officeId,
        ],
      );
      await this.outbox.publish(manager, vacancyAcquiredV1, {
        subject: employer.id,
        data: {
          vacancyId: id,
          employerId: employer.id,
          contactId: contact.id,
          occupationCode: valid.occupationCode,
          positions: valid.positions,
          acquiredOn: valid.acquiredOn,
          officeId,
          recordedBy: access.caller.userId,
        },
      });
    });
    return (await this.vacancies(access, [id]))[0]!;
  }

  /** Links the participant who got one of the vacancy's positions; never more than it has. */
  async fillVacancy(
    access: Access,
    vacancyId: string,
    participantId: string,
    filledOn: string,
  ): Promise<AcquiredVacancyModel> {
    if (!isUuid(vacancyId)) throw vacancyNotFound();
    const participant = uuidOf('participantId', participantId);
    const day = pastOrToday('filledOn', filledOn, this.today());
    const fillId = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const [owner] = (await manager.query(
        'SELECT employer_id FROM acquired_vacancy WHERE id = $1',
        [vacancyId],
      )) as { employer_id: string }[];
      if (!owner) throw vacancyNotFound();
      try {
        await this.employers.lockForCommand(manager, access, owner.employer_id);
      } catch {
        throw vacancyNotFound();
      }
      if (!mayRecordEmployerWork(access.caller.role)) throw actionNotAllowed('fill a vacancy');
      const [vacancy] = (await manager.query(
        `SELECT v.id, v.employer_id, v.contact_id, v.positions, v.acquired_on::text AS acquired_on,
                (SELECT count(*) FROM vacancy_fill f WHERE f.vacancy_id = v.id)::int AS filled,
                EXISTS (SELECT 1 FROM vacancy_fill f
                         WHERE f.vacancy_id = v.id AND f.participant_id = $2) AS already
           FROM acquired_vacancy v WHERE v.id = $1 FOR UPDATE OF v`,
        [vacancyId, participant],
      )) as {
        id: string;
        employer_id: string;
        contact_id: string;
        positions: number;
        acquired_on: string;
        filled: number;
        already: boolean;
      }[];
      if (!vacancy) throw vacancyNotFound();
      notBefore('filledOn', day, vacancy.acquired_on, 'the vacancy was acquired');
      if (vacancy.already) throw alreadyFilledByParticipant();
      if (vacancy.filled >= vacancy.positions) throw vacancyFilled();
      await manager.query(
        `INSERT INTO vacancy_fill (id, vacancy_id, participant_id, filled_on, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, now())`,
        [fillId, vacancy.id, participant, day, access.caller.userId],
      );
      await this.outbox.publish(manager, vacancyFilledV1, {
        subject: vacancy.employer_id,
        data: {
          fillId,
          vacancyId: vacancy.id,
          employerId: vacancy.employer_id,
          contactId: vacancy.contact_id,
          participantId: participant,
          filledOn: day,
          recordedBy: access.caller.userId,
        },
      });
    });
    return (await this.vacancies(access, [vacancyId]))[0]!;
  }

  /** The employer's experience and support needs, from the employer itself or an officer. */
  async recordFeedback(access: Access, input: FeedbackInput): Promise<EmployerFeedbackModel> {
    const valid = validateFeedback(input);
    const id = randomUUID();
    await this.dataSource.transaction(async (manager) => {
      const employer = await this.employers.lockForCommand(manager, access, input.employerId);
      if (!mayRecordFeedback(access.caller.role)) throw actionNotAllowed('record feedback');
      await manager.query(
        `INSERT INTO employer_feedback (id, employer_id, participant_id, context, experience,
           support_needs, comment_encrypted, recorded_by, recorded_by_role, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
        [
          id,
          employer.id,
          valid.participantId,
          valid.context,
          valid.experience,
          valid.supportNeeds,
          valid.comment === null
            ? null
            : this.cipher.encrypt(valid.comment, feedbackCommentLocation(id)),
          access.caller.userId,
          access.caller.role,
        ],
      );
      await this.outbox.publish(manager, employerFeedbackRecordedV1, {
        subject: employer.id,
        data: {
          feedbackId: id,
          employerId: employer.id,
          participantId: valid.participantId,
          context: valid.context,
          experience: valid.experience,
          supportNeeds: valid.supportNeeds,
          recordedBy: access.caller.userId,
        },
      });
    });
    const rows = (await this.dataSource.query('SELECT * FROM employer_feedback WHERE id = $1', [
      id,
    ])) as FeedbackRow[];
    return this.toFeedback(access, rows[0]!);
  }

  /** Contacts with the employers among `employerIds` (already in scope), in a period. */
  async contactsOf(employerIds: readonly string[], period: Period): Promise<ContactRow[]> {
    return (await this.dataSource.query(
      `SELECT ${contactColumns} FROM employer_contact c
        WHERE c.employer_id = ANY($1::uuid[]) AND c.occurred_on BETWEEN $2 AND $3
        ORDER BY c.occurred_on DESC, c.id DESC`,
      [employerIds, period.from, period.to],
    )) as ContactRow[];
  }

  /** Vacancies by employer (already in scope) or by id, with their fills. */
  async vacancyRows(where: 'employer_id' | 'id', ids: readonly string[]): Promise<VacancyRow[]> {
    return (await this.dataSource.query(
      `SELECT v.id, v.employer_id, v.contact_id, v.occupation_code, v.positions,
              v.acquired_on::text AS acquired_on, v.officer_id, v.office_id,
              coalesce((SELECT json_agg(json_build_object('participantId', f.participant_id,
                                                          'filledOn', f.filled_on::text)
                                        ORDER BY f.filled_on, f.id)
                          FROM vacancy_fill f WHERE f.vacancy_id = v.id), '[]'::json) AS fills
         FROM acquired_vacancy v WHERE v.${where} = ANY($1::uuid[])
        ORDER BY v.acquired_on DESC, v.id DESC`,
      [ids],
    )) as VacancyRow[];
  }

  private async vacancies(access: Access, ids: string[]): Promise<AcquiredVacancyModel[]> {
    return (await this.vacancyRows('id', ids)).map((row) => this.toVacancy(access, row));
  }

  async feedbackOf(employerIds: readonly string[]): Promise<FeedbackRow[]> {
    return (await this.dataSource.query(
      `SELECT * FROM employer_feedback WHERE employer_id = ANY($1::uuid[])
        ORDER BY recorded_at DESC, id DESC`,
      [employerIds],
    )) as FeedbackRow[];
  }

  /** The calling officer's employer work in a period. */
  myWork(access: Access, from: string, to: string): Promise<EmployerWorkModel> {
    if (access.caller.role !== 'officer') throw actionNotAllowed('read an officer’s employer work');
    return this.summary({ officerId: access.caller.userId }, validatePeriod(from, to));
  }

  /** An office's employer work in a period, for its officers and process leaders. */
  officeWork(
    access: Access,
    officeId: string,
    from: string,
    to: string,
  ): Promise<EmployerWorkModel> {
    if (typeof officeId !== 'string' || !/^[a-z0-9-]{2,64}$/.test(officeId)) {
      throw invalidInput('officeId', 'officeId must be an office id');
    }
    if (!maySeeOfficeWork(access.caller, officeId)) {
      throw actionNotAllowed('read this office’s employer work');
    }
    return this.summary({ officeId }, validatePeriod(from, to));
  }

  /**
   * The counts, in SQL: contacts that took place in the period (by kind), vacancies acquired in it
   * and their positions, and positions of the owner's vacancies filled in it.
   */
  private async summary(owner: WorkOwner, period: Period): Promise<EmployerWorkModel> {
    const [column, value] =
      'officerId' in owner ? ['officer_id', owner.officerId] : ['office_id', owner.officeId];
    const [counts] = (await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM employer_contact c
           WHERE c.${column} = $1 AND c.occurred_on BETWEEN $2 AND $3)::int AS contacts,
         (SELECT coalesce(json_agg(json_build_object('kind', k.kind, 'count', k.n) ORDER BY k.kind), '[]'::json)
            FROM (SELECT c.kind, count(*)::int AS n FROM employer_contact c
                   WHERE c.${column} = $1 AND c.occurred_on BETWEEN $2 AND $3
                   GROUP BY c.kind) k) AS by_kind,
         (SELECT count(*) FROM acquired_vacancy v
           WHERE v.${column} = $1 AND v.acquired_on BETWEEN $2 AND $3)::int AS vacancies,
         (SELECT coalesce(sum(v.positions), 0) FROM acquired_vacancy v
           WHERE v.${column} = $1 AND v.acquired_on BETWEEN $2 AND $3)::int AS positions,
         (SELECT count(*) FROM vacancy_fill f JOIN acquired_vacancy v ON v.id = f.vacancy_id
           WHERE v.${column} = $1 AND f.filled_on BETWEEN $2 AND $3)::int AS filled`,
      [value, period.from, period.to],
    )) as {
      contacts: number;
      by_kind: { kind: string; count: number }[];
      vacancies: number;
      positions: number;
      filled: number;
    }[];
    return {
      from: period.from,
      to: period.to,
      contacts: counts!.contacts,
      contactsByKind: counts!.by_kind,
      acquiredVacancies: counts!.vacancies,
      positionsAcquired: counts!.positions,
      positionsFilled: counts!.filled,
      owner,
    };
  }

  /** The contacts counted in a summary, newest first, a page at a time. */
  async entries(
    access: Access,
    work: EmployerWorkModel,
    first: number,
    after?: string | null,
  ): Promise<EmployerContactConnection> {
    const size = pageSize(first);
    const owner = work.owner;
    const [column, value] =
      'officerId' in owner ? ['officer_id', owner.officerId] : ['office_id', owner.officeId];
    const params: unknown[] = [value, work.from, work.to];
    let cursor = '';
    if (after != null) {
      const [day, id] = Buffer.from(after, 'base64url').toString('utf8').split('|');
      if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !id || !isUuid(id)) {
        throw invalidInput('after', 'after is not a cursor this API returned');
      }
      params.push(day, id);
      cursor = 'AND (c.occurred_on, c.id) < ($4::date, $5::uuid)';
    }
    params.push(size + 1);
    const rows = (await this.dataSource.query(
      `SELECT ${contactColumns} FROM employer_contact c
        WHERE c.${column} = $1 AND c.occurred_on BETWEEN $2 AND $3 ${cursor}
        ORDER BY c.occurred_on DESC, c.id DESC LIMIT $${params.length}`,
      params,
    )) as ContactRow[];
    const page = rows.slice(0, size);
    const last = page[page.length - 1];
    return {
      nodes: page.map((row) => this.toContact(access, row)),
      pageInfo: {
        endCursor: last
          ? Buffer.from(`${last.occurred_on}|${last.id}`).toString('base64url')
          : null,
        hasNextPage: rows.length > size,
      },
    };
  }

  toContact(access: Access, row: ContactRow): EmployerContactModel {
    const cipher = this.cipher;
    return {
      id: row.id,
      employerId: row.employer_id,
      kind: row.kind,
      outcome: row.outcome,
      occurredOn: row.occurred_on,
      officerId: row.officer_id,
      officeId: row.office_id,
      loggedAt: row.logged_at,
      get summary() {
        if (!maySeeWorkDetails(access.caller.role) || row.summary_encrypted === null) return null;
        return cipher.decrypt(row.summary_encrypted, contactSummaryLocation(row.id));
      },
    };
  }

  toVacancy(access: Access, row: VacancyRow): AcquiredVacancyModel {
    return {
      id: row.id,
      employerId: row.employer_id,
      contactId: row.contact_id,
      occupationCode: row.occupation_code,
      positions: row.positions,
      positionsFilled: row.fills.length,
      acquiredOn: row.acquired_on,
      officerId: row.officer_id,
      officeId: row.office_id,
      fills: maySeeWorkDetails(access.caller.role) ? row.fills : null,
    };
  }

  toFeedback(access: Access, row: FeedbackRow): EmployerFeedbackModel {
    const cipher = this.cipher;
    return {
      id: row.id,
      employerId: row.employer_id,
      participantId: row.participant_id,
      context: row.context,
      experience: row.experience,
      supportNeeds: row.support_needs,
      recordedByRole: row.recorded_by_role,
      recordedAt: row.recorded_at,
      get comment() {
        if (!maySeeFeedbackComment(access.caller.role) || row.comment_encrypted === null) {
          return null;
        }
        return cipher.decrypt(row.comment_encrypted, feedbackCommentLocation(row.id));
      },
    };
  }
}
