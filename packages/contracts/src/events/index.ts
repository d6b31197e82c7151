import type { EventDefinition } from '../event-definition';
import { participantRegisteredV1 } from './participant-events';

export { participantRegisteredV1 };

/** Every event the platform knows, by type and version; a consumer applies nothing outside it. */
export const eventCatalog: readonly EventDefinition[] = [participantRegisteredV1];
