/** The service's own closed vocabularies (those that travel in events live in @jobbnatet/contracts). */

/** Highest completed education, on the levels Arbetsförmedlingen records (SUN 2020). */
export const educationLevels = [
  'PRIMARY_LESS_THAN_9_YEARS',
  'PRIMARY_9_YEARS',
  'UPPER_SECONDARY',
  'POST_SECONDARY_LESS_THAN_2_YEARS',
  'POST_SECONDARY_2_YEARS_OR_MORE',
  'UNKNOWN',
] as const;

/** The labour-market programme a participant is in, if any. */
export const labourMarketProgrammes = [
  'NONE',
  'JOB_AND_DEVELOPMENT_GUARANTEE',
  'YOUTH_JOB_GUARANTEE',
  'ESTABLISHMENT_PROGRAMME',
  'PREPARATORY_EDUCATION',
] as const;

/** Swedish driving licence categories (körkortsbehörigheter). */
export const drivingLicenceCategories = [
  'AM',
  'A1',
  'A2',
  'A',
  'B',
  'BE',
  'C1',
  'C1E',
  'C',
  'CE',
  'D1',
  'D1E',
  'D',
  'DE',
] as const;

export type EducationLevel = (typeof educationLevels)[number];
export type LabourMarketProgramme = (typeof labourMarketProgrammes)[number];
export type DrivingLicenceCategory = (typeof drivingLicenceCategories)[number];
