/**
 * The demo region's fixed data: who works where, the sectors its employers come from and the
 * job tracks it runs. Everything else (people, dates within a track, fates) the generator draws
 * from these with a fixed seed. Names of people and employers are invented.
 */

/** An office of the region with a dev login (apps/gateway dev users) that acts for it. */
export interface RegionOffice {
  officeId: string;
  /** The dev user who is an officer there. */
  officer: string;
  /** The municipality its tracks run in. */
  municipalityCode: string;
  place: string;
}

export const regionOffices: readonly RegionOffice[] = [
  { officeId: 'af-sodertalje', officer: 'officer', municipalityCode: '0181', place: 'Södertälje' },
  { officeId: 'af-solna', officer: 'officer_solna', municipalityCode: '0184', place: 'Solna' },
  {
    officeId: 'af-botkyrka',
    officer: 'officer_botkyrka',
    municipalityCode: '0127',
    place: 'Botkyrka',
  },
  {
    officeId: 'af-huddinge',
    officer: 'officer_huddinge',
    municipalityCode: '0126',
    place: 'Huddinge',
  },
  { officeId: 'af-kista', officer: 'officer_kista', municipalityCode: '0180', place: 'Kista' },
  {
    officeId: 'af-haninge',
    officer: 'officer_haninge',
    municipalityCode: '0136',
    place: 'Haninge',
  },
];

export type SectorCode =
  | 'CARE'
  | 'LOGISTICS'
  | 'CONSTRUCTION'
  | 'HOSPITALITY'
  | 'RETAIL'
  | 'INDUSTRY'
  | 'CLEANING';

export interface Sector {
  code: SectorCode;
  /** SNI 2007, five digits. */
  sniCode: string;
  /** SSYK 2012 occupation the sector's tracks train for. */
  occupationCode: string;
  /** What the employers' names end with. */
  nameSuffixes: readonly string[];
  skills: readonly string[];
  competences: readonly string[];
  /** The intervention type of the tailored training (activities' catalogue). */
  trainingPlace: string;
}

export const sectors: Readonly<Record<SectorCode, Sector>> = {
  CARE: {
    code: 'CARE',
    sniCode: '87301',
    occupationCode: '5321',
    nameSuffixes: ['Omsorg AB', 'Vård AB', 'Hemtjänst AB'],
    skills: ['Personlig omvårdnad', 'Dokumentation'],
    competences: ['Basala hygienrutiner', 'Förflyttningsteknik', 'Bemötande'],
    trainingPlace: 'Vård- och omsorgscollege',
  },
  LOGISTICS: {
    code: 'LOGISTICS',
    sniCode: '52100',
    occupationCode: '4321',
    nameSuffixes: ['Logistik AB', 'Lager AB', 'Terminal AB'],
    skills: ['Truckkörning', 'Plock och pack'],
    competences: ['Truckkort A+B', 'Lastsäkring', 'Lagersystem'],
    trainingPlace: 'Logistikskolan',
  },
  CONSTRUCTION: {
    code: 'CONSTRUCTION',
    sniCode: '41200',
    occupationCode: '7111',
    nameSuffixes: ['Bygg AB', 'Entreprenad AB', 'Byggservice AB'],
    skills: ['Ställningsbygge', 'Betongarbete'],
    competences: ['Arbete på väg', 'Fallskydd', 'Heta arbeten'],
    trainingPlace: 'Byggutbildningen',
  },
  HOSPITALITY: {
    code: 'HOSPITALITY',
    sniCode: '56100',
    occupationCode: '5120',
    nameSuffixes: ['Restaurang AB', 'Krog AB', 'Catering AB'],
    skills: ['Matlagning', 'Servering'],
    competences: ['Livsmedelshygien', 'Kallskänk', 'Allergikunskap'],
    trainingPlace: 'Restaurangskolan',
  },
  RETAIL: {
    code: 'RETAIL',
    sniCode: '47111',
    occupationCode: '5223',
    nameSuffixes: ['Livs AB', 'Handel AB', 'Butiker AB'],
    skills: ['Kassahantering', 'Varuplock'],
    competences: ['Kundbemötande', 'Kassasystem', 'Varuexponering'],
    trainingPlace: 'Handelsakademin',
  },
  INDUSTRY: {
    code: 'INDUSTRY',
    sniCode: '25620',
    occupationCode: '8211',
    nameSuffixes: ['Mekaniska AB', 'Industri AB', 'Verkstad AB'],
    skills: ['Montering', 'Ritningsläsning'],
    competences: ['Monteringsteknik', 'Mätteknik', 'Maskinsäkerhet'],
    trainingPlace: 'Industriteknikcentrum',
  },
  CLEANING: {
    code: 'CLEANING',
    sniCode: '81210',
    occupationCode: '9111',
    nameSuffixes: ['Städ AB', 'Lokalvård AB', 'Fastighetsservice AB'],
    skills: ['Lokalvård', 'Maskinell städning'],
    competences: ['Städmetoder', 'Kemikaliehantering', 'Ergonomi'],
    trainingPlace: 'Servicebranschens yrkesskola',
  },
};

/** Invented first parts of employers' names. */
export const employerNameStems: readonly string[] = [
  'Almvik',
  'Björkdal',
  'Granlunda',
  'Ekbacka',
  'Lindhaga',
  'Sjövik',
  'Bergslund',
  'Ängsby',
  'Hagalund',
  'Kvarnby',
  'Tallkrogen',
  'Rosendal',
  'Solbacka',
  'Strandvik',
  'Furuhöjd',
  'Ekudden',
  'Mälarhöjd',
  'Norrvik',
  'Söderby',
  'Västerhöjd',
  'Östervik',
  'Lövsta',
  'Rönnby',
  'Aspudden',
  'Vallby',
  'Hällby',
  'Stensjö',
  'Ljungby',
  'Mossby',
  'Klippan',
  'Brobacka',
  'Fjällstad',
  'Källvik',
  'Dalby',
  'Åsberga',
  'Vretby',
  'Skogsby',
  'Hammarby',
  'Torpa',
  'Lerviken',
  'Gärdet',
  'Sandvik',
  'Udden',
  'Holmby',
  'Myrby',
  'Kullen',
  'Sjöberga',
  'Norrtorp',
  'Hedby',
  'Nyby',
  'Backa',
  'Tuvan',
  'Glimta',
  'Brunnby',
  'Viksjö',
];

export const givenNames: readonly string[] = [
  'Amira',
  'Ahmed',
  'Anna',
  'Ali',
  'Elin',
  'Erik',
  'Fatima',
  'Hassan',
  'Ida',
  'Johan',
  'Karin',
  'Khalid',
  'Lina',
  'Mohammed',
  'Maja',
  'Nils',
  'Noor',
  'Omar',
  'Sara',
  'Samir',
  'Sofia',
  'Tesfay',
  'Yasmin',
  'Zeynep',
  'Oskar',
  'Leila',
  'Mustafa',
  'Emma',
  'Hiwot',
  'Daniel',
  'Aisha',
  'Jonas',
  'Mariam',
  'Abdi',
  'Hanna',
  'Ibrahim',
  'Julia',
  'Mehmet',
  'Rahel',
  'Viktor',
];

export const familyNames: readonly string[] = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Ali',
  'Mohamed',
  'Hassan',
  'Yilmaz',
  'Ahmadi',
  'Haile',
  'Abdullahi',
  'Lindberg',
  'Jakobsson',
  'Berglund',
  'Hosseini',
  'Kaya',
  'Nguyen',
  'Osman',
  'Warsame',
  'Lundqvist',
  'Sandberg',
  'Novak',
  'Rahimi',
  'Tesfaye',
];

export type DemoPhase =
  | 'PLANNING'
  | 'RECRUITMENT'
  | 'IMPLEMENTATION'
  | 'CLOSING'
  | 'CLOSED'
  | 'CANCELLED';

/** One of the region's job tracks: where it runs, what it trains for, where it has come to. */
export interface TrackDesign {
  name: string;
  officeId: string;
  sector: SectorCode;
  phase: DemoPhase;
  /** How many of the cohort it admitted. */
  admitted: number;
  /** The first day of its planning phase; each later phase follows (see plan.ts). */
  startsOn: string;
  /** Built from the Jobbnätet method template. */
  fromTemplate: boolean;
  /** The dev employer (login `employer_contact`) is among its employers. */
  withDevEmployer?: true;
}

/**
 * Fifteen tracks over every phase; their admissions add up to the evaluation's cohort of 283.
 * The CLOSED one in Botkyrka is the published good example (its case worker approves for the
 * municipality).
 */
export const trackDesigns: readonly TrackDesign[] = [
  {
    name: 'Undersköterskor Botkyrka 2025',
    officeId: 'af-botkyrka',
    sector: 'CARE',
    phase: 'CLOSED',
    admitted: 26,
    startsOn: '2024-11-04',
    fromTemplate: true,
  },
  {
    name: 'Lager och logistik Södertälje 2025',
    officeId: 'af-sodertalje',
    sector: 'LOGISTICS',
    phase: 'CLOSING',
    admitted: 28,
    startsOn: '2025-09-01',
    fromTemplate: true,
    withDevEmployer: true,
  },
  {
    name: 'Restaurang och kök Solna 2025',
    officeId: 'af-solna',
    sector: 'HOSPITALITY',
    phase: 'CLOSING',
    admitted: 26,
    startsOn: '2025-09-15',
    fromTemplate: false,
  },
  {
    name: 'Industrioperatörer Södertälje 2026',
    officeId: 'af-sodertalje',
    sector: 'INDUSTRY',
    phase: 'IMPLEMENTATION',
    admitted: 30,
    startsOn: '2025-10-06',
    fromTemplate: true,
  },
  {
    name: 'Bygg och anläggning Huddinge 2026',
    officeId: 'af-huddinge',
    sector: 'CONSTRUCTION',
    phase: 'IMPLEMENTATION',
    admitted: 28,
    startsOn: '2025-11-03',
    fromTemplate: true,
  },
  {
    name: 'Butik och handel Kista 2026',
    officeId: 'af-kista',
    sector: 'RETAIL',
    phase: 'IMPLEMENTATION',
    admitted: 28,
    startsOn: '2025-11-17',
    fromTemplate: false,
  },
  {
    name: 'Lokalvård Haninge 2026',
    officeId: 'af-haninge',
    sector: 'CLEANING',
    phase: 'IMPLEMENTATION',
    admitted: 26,
    startsOn: '2025-12-01',
    fromTemplate: true,
  },
  {
    name: 'Barnskötare och vård Botkyrka 2026',
    officeId: 'af-botkyrka',
    sector: 'CARE',
    phase: 'IMPLEMENTATION',
    admitted: 28,
    startsOn: '2026-01-12',
    fromTemplate: true,
  },
  {
    name: 'Lagerarbetare Solna 2026',
    officeId: 'af-solna',
    sector: 'LOGISTICS',
    phase: 'IMPLEMENTATION',
    admitted: 28,
    startsOn: '2026-02-02',
    fromTemplate: false,
  },
  {
    name: 'Hemtjänst Solna 2026',
    officeId: 'af-solna',
    sector: 'CARE',
    phase: 'RECRUITMENT',
    admitted: 13,
    startsOn: '2026-08-03',
    fromTemplate: true,
  },
  {
    name: 'Terminalarbetare Kista 2026',
    officeId: 'af-kista',
    sector: 'LOGISTICS',
    phase: 'RECRUITMENT',
    admitted: 12,
    startsOn: '2026-08-17',
    fromTemplate: true,
  },
  {
    name: 'Kockar Huddinge 2026',
    officeId: 'af-huddinge',
    sector: 'HOSPITALITY',
    phase: 'RECRUITMENT',
    admitted: 10,
    startsOn: '2026-09-07',
    fromTemplate: false,
  },
  {
    name: 'Snickare Haninge 2027',
    officeId: 'af-haninge',
    sector: 'CONSTRUCTION',
    phase: 'PLANNING',
    admitted: 0,
    startsOn: '2026-11-02',
    fromTemplate: true,
  },
  {
    name: 'Vård och omsorg Huddinge 2027',
    officeId: 'af-huddinge',
    sector: 'CARE',
    phase: 'PLANNING',
    admitted: 0,
    startsOn: '2026-11-16',
    fromTemplate: false,
  },
  {
    name: 'Kassapersonal Södertälje 2026',
    officeId: 'af-sodertalje',
    sector: 'RETAIL',
    phase: 'CANCELLED',
    admitted: 0,
    startsOn: '2026-03-02',
    fromTemplate: false,
  },
];

/** The published Jobbnätet evaluation's shares the region's outcomes come near. */
export const targets = {
  cohortSize: 283,
  inWorkShare: 0.62,
  acquiredShareOfInWork: 0.8,
  adoptionShare: 0.75,
} as const;
