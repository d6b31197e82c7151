import { randomUUID } from 'node:crypto';
import { assessmentFactors, participantAssessedV1 } from '@jobbnatet/contracts';
import { type Access, Outbox, perRequest, PiiCipher } from '@jobbnatet/service-kit';
import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { caseViewOf } from '../access-log/case-view';
import { isResponsibleOffice } from '../participants/participant-access';
import { factsOf, ParticipantCases } from '../participants/participant-cases';
import { piiLocation } from '../participants/participant-pii';
import { actionNotAllowed } from '../participants/participant.errors';
import type { ParticipantModel } from '../participants/participant.model';
import {
  type AssessmentInput,
  healthFactor,
  mayReadHealthFindings,
  validateAssessment,
  type ValidFactor,
} from './assessment-rules';
import { AssessmentEntity, AssessmentFactorEntity } from './assessment.entity';
import type { AssessmentModel, FactorAssessmentModel } from './assessment.model';
import { withinCase } from './case-entry-rules';
import { swedishDay } from '@jobbnatet/domain-se';

/** One factor of one assessment as read; the health factor's findings only where readable. */
interface FactorRow {
  assessment_id: string;
  participant_id: string;
  assessed_on: string;
  assessed_by: string;
  recorded_at: Date;
  factor_id: string;
  factor: string;
  readable: boolean;
  level: string | null;
  interventions: string[] | null;
  text_encrypted: string | null;
  interventions_text_encrypted: string | null;
}

/** Which participant's assessments, and whether its health findings are selected at all. */
interface AssessmentKey {
  participantId: string;
  withHealth: boolean;
}

const textLocation = (factorId: string) =>
  piiLocation('assessment_factor', 'text_encrypted', factorId);
const interventionsTextLocation = (factorId: string) =>
  piiLocation('assessment_factor', 'interventions_text_encrypted', factorId);

@Injectable()
export class AssessmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly cipher: PiiCipher,
    private readonly cases: ParticipantCases,
  ) {}

  /**
   * Records an assessment and its `participant.assessed` event (ids, date, author and factor codes:
   * never a level or a text) in one transaction. The responsible office alone assesses.
   */
  async record(
    access: Access,
    input: AssessmentInput & { participantId: string },
  ): Promise<AssessmentModel> {
    const assessment = validateAssessment(input, swedishDay(new Date()));
    const id = randomUUID();
    const recordedAt = new Date();
    const factors = assessment.factors.map((factor) => ({ ...factor, id: randomUUID() }));
    const participantId = await this.dataSource.transaction(async (manager) => {
      const row = await this.cases.lockForCommand(manager, access, input.participantId);
      if (!isResponsibleOffice(access.caller, factsOf(row)))
        throw actionNotAllowed('record an assessment');
      withinCase('assessedOn', assessment.assessedOn, swedishDay(row.registered_at));
      await manager.insert(AssessmentEntity, {
        id,
        participantId: row.id,
        assessedOn: assessment.assessedOn,
        assessedBy: access.caller.userId,
        recordedAt,
      });
      await manager.insert(
        AssessmentFactorEntity,
        factors.map((factor) => ({
          id: factor.id,
          assessmentId: id,
          factor: factor.factor,
          level: factor.level,
          interventions: factor.interventions,
          textEncrypted:
            factor.text === null ? null : this.cipher.encrypt(factor.text, textLocation(factor.id)),
          interventionsTextEncrypted:
            factor.interventionsText === null
              ? null
              : this.cipher.encrypt(factor.interventionsText, interventionsTextLocation(factor.id)),
        })),
      );
      await this.outbox.publish(manager, participantAssessedV1, {
        subject: row.id,
        data: {
          participantId: row.id,
          assessmentId: id,
          assessedOn: assessment.assessedOn,
          assessedBy: access.caller.userId,
          factors: factors.map((factor) => factor.factor),
        },
      });
      return row.id;
    });
    // The answer is a read of what was written: logged like any other.
    const [participant] = await this.cases.findVisible(access, [participantId]);
    await caseViewOf(participant!).audit('assessments');
    return {
      id,
      assessedOn: assessment.assessedOn,
      assessedBy: access.caller.userId,
      recordedAt,
      factors: factors.map(shown),
    };
  }

  /**
   * `Participant.assessments`, newest first: null unless personal data is disclosed, logged before
   * anything is loaded, health findings for the responsible office only. One statement per request.
   */
  async assessmentsOf(participant: ParticipantModel): Promise<AssessmentModel[] | null> {
    const view = caseViewOf(participant);
    if (view.disclosure.level !== 'personal') return null;
    await view.audit('assessments');
    const withHealth = mayReadHealthFindings(view.caller, view.facts);
    const rows = await this.loader(view.request).load({
      participantId: participant.id,
      withHealth,
    });
    const assessments = new Map<string, AssessmentModel>();
    for (const row of rows) {
      let assessment = assessments.get(row.assessment_id);
      if (!assessment) {
        assessment = {
          id: row.assessment_id,
          assessedOn: row.assessed_on,
          assessedBy: row.assessed_by,
          recordedAt: row.recorded_at,
          factors: [],
        };
        assessments.set(row.assessment_id, assessment);
      }
      assessment.factors.push(this.factorOf(row, withHealth));
    }
    return [...assessments.values()];
  }

  private factorOf(row: FactorRow, withHealth: boolean): FactorAssessmentModel {
    if (!row.readable || (row.factor === healthFactor && !withHealth)) {
      return {
        factor: row.factor,
        level: null,
        interventions: null,
        text: null,
        interventionsText: null,
        withheld: true,
      };
    }
    // A ciphertext decrypts only in the row it was written for: a moved one fails the field.
    return {
      factor: row.factor,
      level: row.level,
      interventions: row.interventions,
      text: row.text_encrypted
        ? this.cipher.decrypt(row.text_encrypted, textLocation(row.factor_id))
        : null,
      interventionsText: row.interventions_text_encrypted
        ? this.cipher.decrypt(
            row.interventions_text_encrypted,
            interventionsTextLocation(row.factor_id),
          )
        : null,
      withheld: false,
    };
  }

  private loader(request: object): DataLoader<AssessmentKey, FactorRow[], string> {
    return perRequest(
      request,
      this,
      () =>
        new DataLoader((keys: readonly AssessmentKey[]) => this.load(keys), {
          cacheKeyFn: (key) => `${key.participantId}|${key.withHealth}`,
        }),
    );
  }

  /** Every assessment of every key's participant, with one statement; health only where asked. */
  private async load(keys: readonly AssessmentKey[]): Promise<FactorRow[][]> {
    const ids = [...new Set(keys.map((key) => key.participantId))];
    const withHealth = keys.filter((key) => key.withHealth).map((key) => key.participantId);
    const rows = (await this.dataSource.query(
      `SELECT a.id AS assessment_id, a.participant_id, a.assessed_on::text AS assessed_on,
              a.assessed_by, a.recorded_at, f.id AS factor_id, f.factor, r.readable,
              CASE WHEN r.readable THEN f.level END AS level,
              CASE WHEN r.readable THEN f.interventions END AS interventions,
              CASE WHEN r.readable THEN f.text_encrypted END AS text_encrypted,
              CASE WHEN r.readable THEN f.interventions_text_encrypted END AS interventions_text_encrypted
         FROM assessment a
         JOIN assessment_factor f ON f.assessment_id = a.id
         CROSS JOIN LATERAL (
           SELECT f.factor <> $3 OR a.participant_id = ANY($2::uuid[]) AS readable) r
        WHERE a.participant_id = ANY($1::uuid[])
        ORDER BY a.assessed_on DESC, a.recorded_at DESC, a.id,
              array_position($4::text[], f.factor)`,
      [ids, withHealth, healthFactor, assessmentFactors],
    )) as FactorRow[];
    return keys.map((key) => rows.filter((row) => row.participant_id === key.participantId));
  }
}

/** A factor as its author sees it right after recording. */
function shown(factor: ValidFactor): FactorAssessmentModel {
  return {
    factor: factor.factor,
    level: factor.level,
    interventions: factor.interventions,
    text: factor.text,
    interventionsText: factor.interventionsText,
    withheld: false,
  };
}
