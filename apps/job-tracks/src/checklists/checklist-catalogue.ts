import type { WorkingPhase } from '../core/phase-rules';

/** One point of a phase's checklist: a stable code, and its label in Swedish and English. */
export interface ChecklistDefinition {
  readonly code: string;
  readonly phase: WorkingPhase;
  readonly sv: string;
  readonly en: string;
}

const item = (phase: WorkingPhase, code: string, sv: string, en: string): ChecklistDefinition => ({
  code: `${phase}_${code}`,
  phase,
  sv,
  en,
});

/**
 * Every track's checklists: the points of the source text for each phase (seeds/lokala-jobbspar),
 * refined by Arbetsförmedlingen's guidance (DOMAIN.md). Codes are stable: reports and events use
 * them; a new point gets a new code, a retired one keeps its code in old tracks.
 */
export const checklistCatalogue: readonly ChecklistDefinition[] = [
  item(
    'PLANNING',
    'STAFF_APPOINTED',
    'Arbetsförmedlingen och kommunen utser dem som ska arbeta med jobbspåret.',
    'AF and the municipality appoint the staff who work on the track.',
  ),
  item(
    'PLANNING',
    'EMPLOYER_MEETING',
    'Inledande möte med arbetsgivaren.',
    'An opening meeting with the employer.',
  ),
  item(
    'PLANNING',
    'COMPETENCE_NEED_ESTABLISHED',
    'Tillsammans med arbetsgivaren konstatera kompetensbehoven (vilka yrken, hur många, återkommande eller inte).',
    'Establish the competence needs with the employer (which occupations, how many, recurring or not).',
  ),
  item(
    'PLANNING',
    'COMPETENCE_PROFILE_FIXED',
    'Fastställa en kompetensprofil, inte minst språkkunskaper, gärna utifrån en nationell yrkesprofil.',
    'Fix a competence profile, not least language skills, preferably from a national occupation profile.',
  ),
  item(
    'PLANNING',
    'INTERVENTIONS_SURVEYED',
    'Undersöka tillgången till lämpliga insatser och redovisa dessa.',
    'Survey which suitable interventions are available and report them.',
  ),
  item(
    'PLANNING',
    'INTERVENTIONS_AGREED',
    'Tillsammans med arbetsgivaren och utbildningsanordnaren fastställa vilka insatser som möter kompetensbehovet och ska kombineras i jobbspåret.',
    'Decide with the employer and the training provider which interventions meet the need and are combined into the track.',
  ),
  item(
    'PLANNING',
    'RECRUITMENT_METHOD_PLANNED',
    'Planera rekryteringsmetod tillsammans med arbetsgivaren (rekryteringsplan).',
    'Plan the recruitment method with the employer (recruitment plan).',
  ),
  item(
    'PLANNING',
    'LETTER_OF_INTENT',
    'Träffa överenskommelse/avsiktsförklaring med arbetsgivaren som visar vem som ansvarar för varje steg.',
    'Make an agreement / letter of intent with the employer showing who is responsible for each step.',
  ),
  item('RECRUITMENT', 'EMPLOYER_INVOLVED', 'Involvera arbetsgivaren.', 'Involve the employer.'),
  item(
    'RECRUITMENT',
    'GENDER_EQUALITY_REVIEWED',
    'Jämställdhetsgranska annonstexter, bilder och krav före publicering.',
    'Review ad texts, images and requirements for gender equality before publishing.',
  ),
  item(
    'RECRUITMENT',
    'ACTIVITIES_HELD',
    'Genomföra rekryteringsaktiviteter utifrån överenskommelse/avsiktsförklaring, brett först och sedan smalare.',
    'Run recruitment activities as agreed in the letter of intent, broad first, then narrowed.',
  ),
  item(
    'RECRUITMENT',
    'PREREQUISITES_ASSESSED',
    'Fastställa individens förutsättningar att fullfölja jobbspåret (med eventuella stödjande insatser).',
    'Assess each person’s prerequisites to complete the track (with supporting interventions where needed).',
  ),
  item(
    'RECRUITMENT',
    'CANDIDATES_PREPARED',
    'Motivera och ha förberedande insatser inför möte med arbetsgivare.',
    'Motivate and prepare candidates before they meet the employer.',
  ),
  item(
    'RECRUITMENT',
    'PARTICIPANTS_SELECTED',
    'Identifiera och välja presumtiva deltagare; arbetsgivaren gör det slutliga urvalet.',
    'Identify and select prospective participants; the employer makes the final selection.',
  ),
  item('RECRUITMENT', 'PARTICIPANTS_ADMITTED', 'Anta deltagare.', 'Admit participants.'),
  item(
    'IMPLEMENTATION',
    'INTERVENTIONS_RUN',
    'Genomföra planerade insatser, parallellt eller i följd utan onödig väntan.',
    'Run the planned interventions, in parallel or in sequence without needless waiting.',
  ),
  item(
    'IMPLEMENTATION',
    'FOLLOW_UP_QUALITY',
    'Regelbundet och strukturerat följa upp insatsernas kvalitet och övergångar mellan insatser.',
    'Follow up regularly and structurally the quality of interventions and the transitions between them.',
  ),
  item(
    'IMPLEMENTATION',
    'FOLLOW_UP_PROGRESSION',
    'Regelbundet och strukturerat följa upp deltagares progression och stödbehov.',
    'Follow up regularly and structurally each participant’s progression and support needs.',
  ),
  item(
    'IMPLEMENTATION',
    'FOLLOW_UP_EMPLOYER',
    'Följa upp arbetsgivarens upplevelse och stödbehov under praktik/APL eller annan insats.',
    'Follow up the employer’s experience and support needs during the internship/APL or other intervention.',
  ),
  item(
    'IMPLEMENTATION',
    'ADJUSTMENTS_MADE',
    'Justera och anpassa stöd/insatser/tidsplan vid behov, även per deltagare.',
    'Adjust support, interventions or timeline when needed, per participant too.',
  ),
  item(
    'CLOSING',
    'STRUCTURED_CLOSE',
    'Fullfölja ett strukturerat och samordnat avslut av jobbspåret.',
    'Complete a structured, coordinated closing of the track.',
  ),
  item(
    'CLOSING',
    'EMPLOYMENT_SUBSIDY_INFORMED',
    'Informera arbetsgivaren tidigt om eventuellt anställningsstöd.',
    'Tell the employer early about any employment subsidy.',
  ),
  item(
    'CLOSING',
    'TRANSITION_SUPPORTED',
    'Stödja i övergång till anställning eller besluta om andra lämpliga insatser.',
    'Support the transition to employment or decide on other suitable interventions.',
  ),
  item(
    'CLOSING',
    'EMPLOYER_CHECK_IN',
    'Stämma av med arbetsgivaren under den första tiden av anställningen.',
    'Check in with the employer during the first period of employment.',
  ),
  item(
    'CLOSING',
    'GRADES_AND_CERTIFICATES',
    'Varje deltagare får betyg och intyg.',
    'Every participant gets grades and certificates.',
  ),
  item(
    'CLOSING',
    'NEXT_TRACK_HANDOVER',
    'Deltagare som inte anställts går vidare mot arbete och till rekryteringen till nästa jobbspår i samma bransch.',
    'Participants not hired continue towards work and join recruitment for the next track in the same industry.',
  ),
  item(
    'CLOSING',
    'EVALUATED',
    'Följa upp och utvärdera gemensamt: hur många fick arbete, hur många gick vidare till andra insatser, vad beror resultaten på?',
    'Follow up and evaluate jointly: how many got work, how many went on to other interventions, what explains the results?',
  ),
  item(
    'CLOSING',
    'EMPLOYER_FURTHER_NEEDS',
    'Ta reda på om arbetsgivaren har andra eller ytterligare behov.',
    'Find out whether the employer has other or further needs.',
  ),
  item(
    'CLOSING',
    'GOOD_EXAMPLE_CONSIDERED',
    'Ta ställning till att marknadsföra jobbspåret som ett gott exempel.',
    'Consider marketing the track as a good example.',
  ),
];

const byCode = new Map(checklistCatalogue.map((definition) => [definition.code, definition]));

/** The point with this code, if the catalogue has one. */
export function checklistDefinition(code: string): ChecklistDefinition | undefined {
  return byCode.get(code);
}
