import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  interventionTypeAddedV1,
  offeringCreatedV1,
  offeringStatusChangedV1,
  topics,
} from '@jobbnatet/contracts';
import type { Subgraph } from '@jobbnatet/subgraph-testing';
import { KafkaTestProducer } from '@jobbnatet/testing';
import { advanceMutation, completePhase, must, officer, traces } from './job-tracks';

const adminId = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';

export const chainFields = `id position interventionTypeCode offeringId offering { id } responsible
  parallelWithPrevious plannedStart plannedEnd startWeek endWeek letterOfIntentId`;
export const trackChainQuery = `query C($id: ID!, $participantId: ID) {
  jobTrack(id: $id) {
    id phase version
    chain { ${chainFields} }
    followUpSchedule { everyDays fromDate untilDate employmentStart afterEmploymentMonths templateCode }
    followUps { dueDate kind status followUpId }
    followUpRecords {
      id dueDate heldOn quality transitions qualityComment recordedBy
      participants { participantId progression supportNeeds note }
      employers { employerId experience supportNeeds comment }
    }
    adjustments { id followUpId area stepId reason madeBy }
    participantChains(participantId: $participantId) {
      participantId
      steps { stepId adaptationId interventionTypeCode plannedStart plannedEnd status }
      adaptations { id kind stepId reason madeBy }
    }
  }
}`;
const trackResult = `id version chain { ${chainFields} }`;
export const addStepMutation = `mutation Add($input: AddChainStepInput!) {
  addChainStep(input: $input) { ${trackResult} }
}`;
export const changeStepMutation = `mutation Ch($input: ChangeChainStepInput!) {
  changeChainStep(input: $input) { ${trackResult} }
}`;
export const moveStepMutation = `mutation Mv($input: MoveChainStepInput!) {
  moveChainStep(input: $input) { ${trackResult} }
}`;
export const removeStepMutation = `mutation Rm($trackId: ID!, $stepId: ID!) {
  removeChainStep(trackId: $trackId, stepId: $stepId) { ${trackResult} }
}`;
export const applyTemplateMutation = `mutation Ap($trackId: ID!, $templateCode: String!) {
  applyTemplate(trackId: $trackId, templateCode: $templateCode) { ${trackResult} }
}`;
export const saveTemplateMutation = `mutation Sv($input: SaveTrackAsTemplateInput!) {
  saveTrackAsTemplate(input: $input) {
    code name builtIn followUpEveryDays afterEmploymentMonths
    steps { position interventionTypeCode responsible parallelWithPrevious startWeek endWeek }
  }
}`;
export const templatesQuery = `query { methodTemplates {
  code name builtIn followUpEveryDays afterEmploymentMonths
  steps { position interventionTypeCode responsible parallelWithPrevious startWeek endWeek }
} }`;
export const adaptMutation = `mutation Ad($input: AdaptParticipantChainInput!) {
  adaptParticipantChain(input: $input) {
    participantId
    steps { stepId adaptationId interventionTypeCode plannedStart plannedEnd status }
    adaptations { id kind stepId reason madeBy }
  }
}`;
export const scheduleMutation = `mutation Sc($input: SetFollowUpScheduleInput!) {
  setFollowUpSchedule(input: $input) { id version }
}`;
export const recordMutation = `mutation Rec($input: RecordFollowUpInput!) {
  recordFollowUp(input: $input) {
    id dueDate heldOn quality transitions qualityComment recordedBy
    participants { participantId progression supportNeeds note }
    employers { employerId experience supportNeeds comment }
  }
}`;
export const adjustMutation = `mutation Adj($input: MakeAdjustmentInput!) {
  makeAdjustment(input: $input) { id followUpId area stepId reason madeBy }
}`;
export const overdueQuery = `query O { overdueFollowUps { trackId dueDate kind daysOverdue track { id phase } } }`;

/** Moves a fresh track through planning and recruitment into implementation. */
export async function implementing(subgraph: Subgraph, trackId: string): Promise<void> {
  for (const phase of ['PLANNING', 'RECRUITMENT']) {
    await completePhase(subgraph, trackId, phase);
    await must(subgraph, officer, advanceMutation, { trackId });
  }
}

/** The track's rows and events, and every row of this part: a count a refusal must not move. */
export async function chainTraces(subgraph: Subgraph): Promise<number> {
  const [row] = await subgraph.sql<{ n: string }>(
    `SELECT (SELECT count(*) FROM chain_step) + (SELECT coalesce(sum(position), 0) FROM chain_step)
       + (SELECT count(*) FROM method_template) + (SELECT count(*) FROM method_template_step)
       + (SELECT count(*) FROM chain_adaptation) + (SELECT count(*) FROM follow_up_schedule)
       + (SELECT coalesce(sum(every_days), 0) FROM follow_up_schedule)
       + (SELECT count(*) FROM follow_up) + (SELECT count(*) FROM follow_up_participant)
       + (SELECT count(*) FROM follow_up_employer) + (SELECT count(*) FROM adjustment) AS n`,
  );
  return Number(row!.n) + (await traces(subgraph));
}

/** Plays the activities service: its catalogue events, built with the contracts' schemas. */
export class ActivitiesEvents {
  private constructor(private readonly producer: KafkaTestProducer) {}

  static async start(): Promise<ActivitiesEvents> {
    return new ActivitiesEvents(await KafkaTestProducer.start());
  }

  private envelope<D extends Parameters<typeof createEnvelope>[0]>(
    definition: D,
    subject: string,
    data: Parameters<typeof createEnvelope<D>>[1]['data'],
    sequence: number,
  ) {
    return createEnvelope(definition, {
      subject,
      subjectSequence: sequence,
      data,
      source: '/jobbnatet/activities',
      correlationId: `test-${randomUUID()}`,
    });
  }

  offeringCreated(offeringId: string, typeCode = 'INTRODUKTIONSPRAKTIK') {
    return this.producer.publish(topics.activities, [
      this.envelope(
        offeringCreatedV1,
        offeringId,
        {
          offeringId,
          typeCode,
          providerId: randomUUID(),
          officeIds: ['af-sodertalje'],
          municipalityCode: '0181',
          fromDate: '2027-05-01',
          toDate: '2027-06-30',
          capacity: 12,
          costPerParticipant: '15000.00',
          occupationCodes: ['4321'],
          languageCode: 'sv',
          status: 'OPEN',
          createdAt: new Date().toISOString(),
          createdBy: adminId,
        },
        1,
      ),
    ]);
  }

  offeringCancelled(offeringId: string) {
    return this.producer.publish(topics.activities, [
      this.envelope(
        offeringStatusChangedV1,
        offeringId,
        {
          offeringId,
          from: 'OPEN',
          to: 'CANCELLED',
          version: 2,
          changedAt: new Date().toISOString(),
          changedBy: adminId,
        },
        2,
      ),
    ]);
  }

  typeAdded(typeCode: string) {
    return this.producer.publish(topics.activities, [
      this.envelope(
        interventionTypeAddedV1,
        typeCode,
        {
          typeCode,
          category: 'TRAINING',
          defaultDurationDays: 30,
          addedAt: new Date().toISOString(),
          addedBy: adminId,
        },
        1,
      ),
    ]);
  }

  stop(): Promise<void> {
    return this.producer.stop();
  }
}
