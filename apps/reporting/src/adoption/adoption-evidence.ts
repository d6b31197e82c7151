/**
 * Which recorded facts show the method in use (DOMAIN.md, "The Jobbnätet method"). The intervention
 * type codes are the activities service's seeded ones (its migration CreateOffering).
 */
export const jobbforumTypeCode = 'JOBBFORUM';

/**
 * Preparatory employment is introduction internship and competence analysis (and tailor-made
 * training, which has no type code of its own), so an office shows it by enrolling in those, or by
 * recording a job in the preparatory form.
 */
export const preparatoryTypeCodes: readonly string[] = ['INTRODUKTIONSPRAKTIK', 'KOMPETENSANALYS'];

export type EvidenceKind = 'JOBBFORUM' | 'PREPARATORY_EMPLOYMENT';

/** The evidence an enrolment of this type gives, if any. */
export function enrolmentEvidence(typeCode: string): EvidenceKind | null {
  if (typeCode === jobbforumTypeCode) return 'JOBBFORUM';
  return preparatoryTypeCodes.includes(typeCode) ? 'PREPARATORY_EMPLOYMENT' : null;
}
