import ssyk from './data/ssyk2012.json';

/** An SSYK 2012 level-4 occupation group (yrkesgrupp), code and Swedish name as SCB writes them. */
export interface Occupation {
  code: string;
  name: string;
}

const occupations: ReadonlyMap<string, Occupation> = new Map(
  (ssyk as Occupation[]).map((occupation) => [occupation.code, occupation]),
);

/** The bundled occupation group for a code, or undefined (see data/SOURCE.md for the subset). */
export function occupation(code: string): Occupation | undefined {
  return occupations.get(code);
}

export const needStatuses = ['OPEN', 'BEING_MET', 'MET', 'WITHDRAWN'] as const;
export type NeedStatus = (typeof needStatuses)[number];

/** CEFR levels: the closed list for every language requirement. */
export const languageLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type LanguageLevel = (typeof languageLevels)[number];

/** Swedish driving licence categories (körkortsbehörigheter, Transportstyrelsen). */
export const licenceCategories = [
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
export type LicenceCategory = (typeof licenceCategories)[number];

/**
 * ISO 639-1 codes (two lower-case letters) of the languages spoken in Sweden's labour market and
 * among the participants; a requirement names one of these.
 */
export const languageCodes: ReadonlySet<string> = new Set(
  (
    'sv en fi no da de fr es it pt pl ru uk et lv lt ro bg hr sr bs sq el tr ku ar fa ps ur hi bn ' +
    'ta pa so ti am om sw zh ja ko vi th tl my km mn hu cs sk sl nl se'
  ).split(' '),
);
