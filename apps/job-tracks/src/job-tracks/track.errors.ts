import { domainErrorFactory, type ErrorCatalogue } from '@jobbnatet/domain-core';

/** Every error this service reports: a code added here but not to the catalogue fails to compile. */
export type TrackErrorCode = 'TRACK.INVALID_INPUT' | 'TRACK.CREATION_NOT_ALLOWED';

const trackError = domainErrorFactory<TrackErrorCode>({
  'TRACK.INVALID_INPUT': 'validation',
  'TRACK.CREATION_NOT_ALLOWED': 'forbidden',
} satisfies ErrorCatalogue<TrackErrorCode>);

/** Names the field; never quotes the value. */
export const invalidInput = (field: string, message: string) =>
  trackError('TRACK.INVALID_INPUT', message, field);

export const creationNotAllowed = () =>
  trackError('TRACK.CREATION_NOT_ALLOWED', 'you may create a track only for your own office');
