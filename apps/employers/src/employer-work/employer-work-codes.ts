/** The closed lists of the officers' employer work (the same as the events carry). */
export const contactKinds = ['VISIT', 'CALL', 'MEETING', 'EMAIL'] as const;
export type ContactKind = (typeof contactKinds)[number];

export const contactOutcomes = [
  'NO_NEED',
  'NEED_IDENTIFIED',
  'VACANCY_ACQUIRED',
  'FOLLOW_UP_PLANNED',
  'OTHER',
] as const;
export type ContactOutcome = (typeof contactOutcomes)[number];

export const feedbackContexts = ['INTERNSHIP', 'WORKPLACE_TRAINING', 'EMPLOYMENT'] as const;
export type FeedbackContext = (typeof feedbackContexts)[number];

export const supportNeedCodes = [
  'MENTORING',
  'LANGUAGE',
  'ADAPTATION',
  'ADMINISTRATION',
  'OTHER',
] as const;
export type SupportNeed = (typeof supportNeedCodes)[number];
