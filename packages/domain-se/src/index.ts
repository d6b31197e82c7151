export {
  ageOf,
  type ClockOptions,
  type IdentityNumber,
  type IdentityNumberInvalidReason,
  type IdentityNumberKind,
  type IdentityNumberResult,
  isValidIdentityNumber,
  parseIdentityNumber,
} from './identity-number';
export {
  isValidOrganisationNumber,
  type OrganisationNumber,
  type OrganisationNumberInvalidReason,
  type OrganisationNumberResult,
  type OrganisationType,
  parseOrganisationNumber,
} from './organisation-number';
export {
  type County,
  countyOf,
  counties,
  isMunicipalityCode,
  type Municipality,
  municipalities,
  municipality,
} from './municipalities';
export { isOfficeId, type Office, office, offices } from './offices';
export { normaliseEmail, normalisePersonName, normalisePhoneNumber } from './contact';
export { type CalendarDate, parseIsoDate, swedishDay } from './calendar-date';
