import { z } from 'zod';

/** Shared wire scalars. Identity numbers and names have no scalar here on purpose: they never travel. */
export const uuid = z.uuid();
export const municipalityCode = z.string().regex(/^\d{4}$/, 'a 4-digit kommunkod');
export const officeId = z.string().regex(/^[a-z0-9-]{2,64}$/, 'an office id');
export const timestamp = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();
