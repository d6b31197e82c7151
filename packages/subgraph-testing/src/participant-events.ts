import { randomUUID } from 'node:crypto';
import {
  createEnvelope,
  type EventData,
  type EventDefinition,
  participantConsentGivenV1,
  participantConsentWithdrawnV1,
  participantErasedV1,
  participantExitedV1,
  participantRegisteredV1,
  participantUpdatedV1,
  topics,
} from '@jobbnatet/contracts';
import { KafkaTestProducer, type TestEnvelope } from '@jobbnatet/testing';

const officerId = '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24';

/**
 * Plays the participants service: builds its events with the contracts' strict producer schemas,
 * numbers them per subject as its outbox does, and publishes them to its topic.
 */
export class ParticipantEvents {
  private readonly sequences = new Map<string, number>();

  private constructor(private readonly producer: KafkaTestProducer) {}

  static async start(): Promise<ParticipantEvents> {
    return new ParticipantEvents(await KafkaTestProducer.start());
  }

  /** An envelope numbered next for its subject, or at `sequence` (to play events out of order). */
  envelope<D extends EventDefinition>(
    definition: D,
    subject: string,
    data: EventData<D>,
    sequence?: number,
  ): TestEnvelope {
    const next = sequence ?? (this.sequences.get(subject) ?? 0) + 1;
    this.sequences.set(subject, Math.max(next, this.sequences.get(subject) ?? 0));
    return createEnvelope(definition, {
      subject,
      subjectSequence: next,
      data,
      source: '/jobbnatet/participants',
      correlationId: `test-${randomUUID()}`,
    });
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

  publish(...envelopes: TestEnvelope[]): Promise<void> {
    return this.producer.publish(topics.participants, envelopes);
  }

  stop(): Promise<void> {
    return this.producer.stop();
  }
}
