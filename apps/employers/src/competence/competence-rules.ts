import { parseIsoDate } from '@jobbnatet/domain-se';
import { invalidInput } from '../employers/employer.errors';
import { text } from '../employers/employer-rules';
import {
  type LanguageLevel,
  languageCodes,
  languageLevels,
  type LicenceCategory,
  licenceCategories,
  type NeedStatus,
  occupation,
} from './competence-codes';

export interface LanguageRequirement {
  code: string;
  level: string;
}

export interface NeedRequirementsInput {
  skills: readonly string[];
  languages: readonly LanguageRequirement[];
  licences: readonly string[];
  certificates: readonly string[];
}

export interface CompetenceNeedInput {
  occupationCode: string;
  headcount: number;
  neededFrom: string;
  neededUntil?: string | null | undefined;
  requirements: NeedRequirementsInput;
}

export interface ValidRequirements {
  skills: string[];
  languages: { code: string; level: LanguageLevel }[];
  licences: LicenceCategory[];
  certificates: string[];
}

export interface ValidCompetenceNeed {
  occupationCode: string;
  headcount: number;
  neededFrom: string;
  neededUntil: string | null;
  requirements: ValidRequirements;
}

export interface CompetenceInput {
  name: string;
  level: number;
  required: boolean;
  taxonomyConceptId?: string | null | undefined;
}

export interface CompetenceProfileInput {
  occupationCode: string;
  competences: readonly CompetenceInput[];
  languageRequirements: readonly LanguageRequirement[];
}

export interface ValidCompetenceProfile {
  occupationCode: string;
  competences: {
    name: string;
    level: number;
    required: boolean;
    taxonomyConceptId: string | null;
  }[];
  languageRequirements: { code: string; level: LanguageLevel }[];
}

/** Which status may follow which: MET and WITHDRAWN are final; the same status is no change. */
const transitions: Record<NeedStatus, readonly NeedStatus[]> = {
  OPEN: ['BEING_MET', 'WITHDRAWN'],
  BEING_MET: ['OPEN', 'MET', 'WITHDRAWN'],
  MET: [],
  WITHDRAWN: [],
};

export function mayChangeStatus(from: NeedStatus, to: NeedStatus): boolean {
  return transitions[from].includes(to);
}

/** A need that is met or withdrawn takes no new profile. */
export function isClosed(status: NeedStatus): boolean {
  return transitions[status].length === 0;
}

export function validOccupationCode(field: string, code: unknown): string {
  if (typeof code !== 'string' || !/^\d{4}$/.test(code) || !occupation(code)) {
    throw invalidInput(field, `${field} must be an SSYK 2012 occupation group this service knows`);
  }
  return code;
}

/** `YYYY-MM-DD`, a real day between 2000 and 2100. */
export function validDate(field: string, value: unknown): string {
  const date = parseIsoDate(value);
  if (!date || date.year < 2000 || date.year > 2100) {
    throw invalidInput(field, `${field} must be a date YYYY-MM-DD between 2000 and 2100`);
  }
  return value as string;
}

function list<T>(
  field: string,
  value: unknown,
  max: number,
  item: (v: unknown, i: number) => T,
): T[] {
  if (!Array.isArray(value) || value.length > max) {
    throw invalidInput(field, `${field} must list at most ${max}`);
  }
  return value.map(item);
}

function textItem(field: string, max: number) {
  return (value: unknown): string => {
    if (typeof value !== 'string') throw invalidInput(field, `${field} must be text`);
    return text(field, value, max);
  };
}

function languages(field: string, value: unknown): { code: string; level: LanguageLevel }[] {
  const valid = list(field, value, 10, (item) => {
    const { code, level } = (item ?? {}) as Partial<LanguageRequirement>;
    if (typeof code !== 'string' || !languageCodes.has(code)) {
      throw invalidInput(`${field}.code`, `${field}.code must be an ISO 639-1 language code`);
    }
    if (!(languageLevels as readonly unknown[]).includes(level)) {
      throw invalidInput(`${field}.level`, `${field}.level must be a CEFR level A1–C2`);
    }
    return { code, level: level as LanguageLevel };
  });
  if (new Set(valid.map((l) => l.code)).size !== valid.length) {
    throw invalidInput(field, `${field} names a language twice`);
  }
  return valid;
}

function distinct(field: string, values: string[]): string[] {
  if (new Set(values.map((v) => v.toLowerCase())).size !== values.length) {
    throw invalidInput(field, `${field} names the same thing twice`);
  }
  return values;
}

/** Checks a competence need as the caller sent it. */
export function validateCompetenceNeed(input: CompetenceNeedInput): ValidCompetenceNeed {
  const occupationCode = validOccupationCode('occupationCode', input.occupationCode);
  if (!Number.isInteger(input.headcount) || input.headcount < 1 || input.headcount > 500) {
    throw invalidInput('headcount', 'headcount must be a whole number 1–500');
  }
  const neededFrom = validDate('neededFrom', input.neededFrom);
  const neededUntil =
    input.neededUntil == null ? null : validDate('neededUntil', input.neededUntil);
  if (neededUntil !== null && neededUntil < neededFrom) {
    throw invalidInput('neededUntil', 'neededUntil must not be before neededFrom');
  }
  const requirements = (input.requirements ?? {}) as Partial<NeedRequirementsInput>;
  const licences = list('requirements.licences', requirements.licences, 14, (value) => {
    if (!(licenceCategories as readonly unknown[]).includes(value)) {
      throw invalidInput(
        'requirements.licences',
        'requirements.licences must be licence categories',
      );
    }
    return value as LicenceCategory;
  });
  return {
    occupationCode,
    headcount: input.headcount,
    neededFrom,
    neededUntil,
    requirements: {
      skills: distinct(
        'requirements.skills',
        list('requirements.skills', requirements.skills, 30, textItem('requirements.skills', 100)),
      ),
      languages: languages('requirements.languages', requirements.languages),
      licences: [...new Set(licences)],
      certificates: distinct(
        'requirements.certificates',
        list(
          'requirements.certificates',
          requirements.certificates,
          20,
          textItem('requirements.certificates', 100),
        ),
      ),
    },
  };
}

const conceptIdPattern = /^[A-Za-z0-9]{4}_[A-Za-z0-9]{3}_[A-Za-z0-9]{3}$/;

/** Checks a competence profile (a first agreement or a revision). */
export function validateCompetenceProfile(input: CompetenceProfileInput): ValidCompetenceProfile {
  const occupationCode = validOccupationCode('occupationCode', input.occupationCode);
  const competences = list('competences', input.competences, 40, (item) => {
    const { name, level, required, taxonomyConceptId } = (item ?? {}) as Partial<CompetenceInput>;
    if (typeof name !== 'string')
      throw invalidInput('competences.name', 'competences.name must be text');
    const validName = text('competences.name', name, 100);
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 5) {
      throw invalidInput('competences.level', 'competences.level must be a whole number 1–5');
    }
    if (typeof required !== 'boolean') {
      throw invalidInput('competences.required', 'competences.required must be true or false');
    }
    if (
      taxonomyConceptId != null &&
      (typeof taxonomyConceptId !== 'string' || !conceptIdPattern.test(taxonomyConceptId))
    ) {
      throw invalidInput(
        'competences.taxonomyConceptId',
        'competences.taxonomyConceptId must be a JobTech taxonomy concept id (xxxx_xxx_xxx)',
      );
    }
    return { name: validName, level, required, taxonomyConceptId: taxonomyConceptId ?? null };
  });
  if (competences.length === 0) {
    throw invalidInput('competences', 'competences must list at least one competence');
  }
  distinct(
    'competences',
    competences.map((c) => c.name),
  );
  return {
    occupationCode,
    competences,
    languageRequirements: languages('languageRequirements', input.languageRequirements),
  };
}
