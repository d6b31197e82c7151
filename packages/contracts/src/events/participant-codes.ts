/**
 * The closed vocabularies of a participant's case, shared by the service that records them and the
 * read models that count them. Codes, never labels: the web client translates.
 */
export const participantStatuses = [
  'REGISTERED',
  'IN_TRACK',
  'EMPLOYED',
  'EXITED',
  'ERASED',
] as const;

/** What a consent lets Arbetsförmedlingen share with one municipality. */
export const consentPurposes = [
  /** Samverkan i ett lokalt jobbspår. */
  'JOB_TRACK_COLLABORATION',
  /** Kommunala arbetsmarknadsinsatser alongside AF's. */
  'MUNICIPAL_LABOUR_MARKET_SUPPORT',
] as const;

/** Förutsättningar att fullfölja: the factors every assessment covers. */
export const assessmentFactors = [
  'LANGUAGE',
  'HEALTH',
  'CHILDCARE',
  'TRANSPORT',
  'DIGITAL_SKILLS',
  'OTHER',
] as const;

/** How a job was held; DOMAIN.md "How results are counted" decides which count as work. */
export const employmentForms = [
  'UNSUBSIDISED_PERMANENT',
  'UNSUBSIDISED_FIXED_TERM',
  'SUBSIDISED',
  'PREPARATORY',
  /** Kommunal arbetsmarknadsanställning: kept, never counted as work. */
  'MUNICIPAL_LABOUR_MARKET',
] as const;

export const subsidyKinds = [
  'NYSTARTSJOBB',
  'ANSTALLNINGSSTOD',
  'LONEBIDRAG',
  'INTRODUKTIONSJOBB',
  'TRYGGHETSANSTALLNING',
  'OTHER',
] as const;

export const retentionCheckMonths = [3, 6, 12] as const;
export const retentionResults = ['STILL_EMPLOYED', 'NOT_EMPLOYED', 'UNKNOWN'] as const;

export const exitReasons = [
  'EMPLOYMENT',
  'STUDIES',
  'OTHER_INTERVENTION',
  'MOVED',
  'OTHER',
] as const;

export type ParticipantStatus = (typeof participantStatuses)[number];
export type ConsentPurpose = (typeof consentPurposes)[number];
export type AssessmentFactor = (typeof assessmentFactors)[number];
export type EmploymentForm = (typeof employmentForms)[number];
export type SubsidyKind = (typeof subsidyKinds)[number];
export type RetentionCheckMonth = (typeof retentionCheckMonths)[number];
export type RetentionResult = (typeof retentionResults)[number];
export type ExitReason = (typeof exitReasons)[number];
