import { defineEvent } from '../event-definition';
import { municipalityCode, officeId, timestamp, uuid } from '../scalars';
import { topics } from '../topics';

export const participantRegisteredV1 = defineEvent(
  'participant.registered',
  1,
  topics.participants,
  {
    participantId: uuid,
    homeMunicipalityCode: municipalityCode,
    officeId,
    registeredAt: timestamp,
    registeredBy: uuid,
  },
);
