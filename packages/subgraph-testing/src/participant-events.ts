import {
  participantConsentGivenV1,
  participantConsentWithdrawnV1,
  participantErasedV1,
  participantExitedV1,
  participantRegisteredV1,
  participantUpdatedV1,
  topics,
} from '@jobbnatet/contracts';
import { KafkaTestProducer, type TestEnvelope } from '@jobbnatet/testing';
import { EventPlayer } from './event-player';

const officerId = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';

/** Plays the participants service on its topic (see EventPlayer). */
export class ParticipantEvents extends EventPlayer {
  private constructor(producer: KafkaTestProducer) {
    super(producer, topics.participants, '/jobbnatet/participants');
  }

  static async start(): Promise<ParticipantEvents> {
    return new ParticipantEvents(await KafkaTestProducer.start());
  }

  registered(
    participantId: string,
    officeId = 'af-sodertalje',
    homeMunicipalityCode = '0181',
  ): TestEnvelope {
    return this.envelope(participantRegisteredV1, participantId, {
      participantId,
      officeId,
      homeMunicipalityCode,
      registeredAt: new Date().toISOString(),
      registeredBy: officerId,
    });
  }

  updated(
    participantId: string,
    change: { officeId: string; homeMunicipalityCode: string; status?: 'REGISTERED' | 'IN_TRACK' },
    sequence?: number,
  ): TestEnvelope {
    return this.envelope(
      participantUpdatedV1,
      participantId,
      {
        participantId,
        changedFields: ['officeId'],
        status: change.status ?? 'REGISTERED',
        homeMunicipalityCode: change.homeMunicipalityCode,
        officeId: change.officeId,
        responsibleOfficerId: null,
        updatedAt: new Date().toISOString(),
        updatedBy: officerId,
      },
      sequence,
    );
  }

  consentGiven(participantId: string, consentId: string, municipalityCode: string): TestEnvelope {
    return this.envelope(participantConsentGivenV1, consentId, {
      participantId,
      consentId,
      purpose: 'JOB_TRACK_COLLABORATION',
      municipalityCode,
      givenOn: '2026-11-30',
      recordedBy: officerId,
    });
  }

  consentWithdrawn(
    participantId: string,
    consentId: string,
    municipalityCode: string,
  ): TestEnvelope {
    return this.envelope(participantConsentWithdrawnV1, consentId, {
      participantId,
      consentId,
      purpose: 'JOB_TRACK_COLLABORATION',
      municipalityCode,
      withdrawnOn: '2026-12-01',
      recordedBy: officerId,
    });
  }

  exited(participantId: string): TestEnvelope {
    return this.envelope(participantExitedV1, participantId, {
      participantId,
      exitedOn: '2026-12-01',
      reason: 'EMPLOYMENT',
      recordedBy: officerId,
    });
  }

  erased(participantId: string): TestEnvelope {
    return this.envelope(participantErasedV1, participantId, {
      participantId,
      erasedAt: new Date().toISOString(),
      erasedBy: officerId,
    });
  }
}
