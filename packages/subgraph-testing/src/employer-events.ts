import {
  competenceNeedRecordedV1,
  competenceNeedStatusChangedV1,
  competenceProfileAgreedV1,
  competenceProfileRevisedV1,
  employerRegisteredV1,
  employerUpdatedV1,
  topics,
} from '@jobbnatet/contracts';
import { KafkaTestProducer, type TestEnvelope } from '@jobbnatet/testing';
import { EventPlayer } from './event-player';

const officerId = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';
const now = () => new Date().toISOString();

/** Plays the employers service on its topic: employers, competence needs and profiles. */
export class EmployerEvents extends EventPlayer {
  private constructor(producer: KafkaTestProducer) {
    super(producer, topics.employers, '/jobbnatet/employers');
  }

  static async start(): Promise<EmployerEvents> {
    return new EmployerEvents(await KafkaTestProducer.start());
  }

  registered(employerId: string, officeIds = ['af-sodertalje']): TestEnvelope {
    return this.envelope(employerRegisteredV1, employerId, {
      employerId,
      sniCode: '52100',
      sizeBand: 'MEDIUM',
      officeIds,
      registeredAt: now(),
      registeredBy: officerId,
    });
  }

  updated(employerId: string, officeIds: string[]): TestEnvelope {
    return this.envelope(employerUpdatedV1, employerId, {
      employerId,
      changedFields: ['officeIds'],
      officeIds,
      updatedAt: now(),
      updatedBy: officerId,
    });
  }

  needRecorded(needId: string, employerId: string, officeIds = ['af-sodertalje']): TestEnvelope {
    return this.envelope(competenceNeedRecordedV1, needId, {
      needId,
      employerId,
      officeIds,
      occupationCode: '4321',
      headcount: 10,
      neededFrom: '2027-01-01',
      neededUntil: null,
      languages: [],
      licences: [],
      skillCount: 2,
      certificateCount: 1,
      recordedAt: now(),
      recordedBy: officerId,
    });
  }

  needStatusChanged(
    needId: string,
    employerId: string,
    change: { from: 'OPEN' | 'BEING_MET' | 'MET'; to: 'BEING_MET' | 'MET' | 'WITHDRAWN' },
  ): TestEnvelope {
    return this.envelope(competenceNeedStatusChangedV1, needId, {
      needId,
      employerId,
      officeIds: ['af-sodertalje'],
      ...change,
      changedAt: now(),
      changedBy: officerId,
    });
  }

  /** Version 1 (`competence-profile.agreed`) or a revision. */
  profile(profileId: string, needId: string, employerId: string, version = 1): TestEnvelope {
    return this.envelope(
      version === 1 ? competenceProfileAgreedV1 : competenceProfileRevisedV1,
      profileId,
      {
        profileId,
        needId,
        employerId,
        officeIds: ['af-sodertalje'],
        version,
        occupationCode: '4321',
        competenceCount: 3,
        requiredCount: 2,
        taxonomyConceptIds: [],
        languages: [],
        at: now(),
        by: officerId,
      },
    );
  }
}
