import { offices } from '@jobbnatet/domain-se';
import { demoIdentityNumbers } from '@jobbnatet/testing';
import { addDays, minDate, regionToday } from './dates';
import { syntheticOrganisationNumber } from './organisation-number';
import { createRandom, type Random } from './random';
import {
  employerNameStems,
  familyNames,
  givenNames,
  regionOffices,
  sectors,
  targets,
  trackDesigns,
  type DemoPhase,
  type RegionOffice,
  type SectorCode,
  type TrackDesign,
} from './region-data';

/** The seed every run uses: change it and the whole region changes. */
export const demoSeed = 18_2026;

export interface PlannedEmployer {
  organisationNumber: string;
  name: string;
  sector: SectorCode;
  sniCode: string;
  sizeBand: 'MICRO' | 'SMALL' | 'MEDIUM' | 'LARGE';
  office: RegionOffice;
  contactPerson: { name: string; role: string };
  /** Officers' logged contacts, oldest first; the last one acquired vacancies. */
  contacts: { kind: 'VISIT' | 'CALL' | 'MEETING' | 'EMAIL'; occurredOn: string }[];
  acquiredPositions: number;
}

export interface PlannedJob {
  form: 'UNSUBSIDISED_PERMANENT' | 'UNSUBSIDISED_FIXED_TERM' | 'SUBSIDISED' | 'PREPARATORY';
  subsidyKind: 'NYSTARTSJOBB' | 'LONEBIDRAG' | 'INTRODUKTIONSJOBB' | null;
  startDate: string;
  hoursPerWeek: number;
  acquired: boolean;
  /** Index into the track's employers. */
  employer: number;
  /** It fills one of the positions its employer's acquired vacancy offered (while any are open). */
  fillsVacancy: boolean;
}

export interface PlannedParticipant {
  /** Canonical 12 digits, from Skatteverket's test personnummer. */
  identityNumber: string;
  givenName: string;
  familyName: string;
  admittedOn: string;
  /** Index into the track's employers: the one that selected them. */
  selectedBy: number;
  job: PlannedJob | null;
  /** The closing result, for tracks in CLOSING or CLOSED. */
  result:
    | { outcome: 'EMPLOYED' }
    | { outcome: 'OTHER_INTERVENTION' | 'DISCONTINUED'; reasonCode: string }
    | null;
  consentToMunicipality: boolean;
  activitySupport: { fromDate: string; toDate: string; dailyAmount: number };
}

export interface PlannedTrack {
  design: TrackDesign;
  /** The dev employer is a further employer of the track, after `employers`. */
  withDevEmployer: boolean;
  office: RegionOffice;
  timeline: { phase: string; plannedStart: string; plannedEnd: string }[];
  /** Indexes into the region's employers. */
  employers: number[];
  participants: PlannedParticipant[];
}

export interface PlannedRolloutOffice {
  officeId: string;
  joinedOn: string;
  level: 'NOT_STARTED' | 'PARTIAL' | 'FULL';
  assessedOn: string;
}

/** A person Botkyrka's case worker refers to its office; the office accepts or declines. */
export interface PlannedReferral {
  identityNumber: string;
  givenName: string;
  familyName: string;
  accepted: boolean;
}

export interface DemoRegion {
  employers: PlannedEmployer[];
  referrals: PlannedReferral[];
  /** The dev employer (apps/employers' development seed), an employer of one track. */
  devEmployer: PlannedEmployer;
  tracks: PlannedTrack[];
  rollout: PlannedRolloutOffice[];
  baseline: {
    countyCode: string;
    periodFrom: string;
    periodTo: string;
    windowMonths: number;
    activitySupportPerPerson: string;
    interventionPerPerson: string;
    groupSize: number;
  };
}

const phaseWeeks = { PLANNING: 8, RECRUITMENT: 8, IMPLEMENTATION: 44, CLOSING: 8 } as const;

function timelineFrom(startsOn: string) {
  let start = startsOn;
  return (Object.keys(phaseWeeks) as (keyof typeof phaseWeeks)[]).map((phase) => {
    const end = addDays(start, phaseWeeks[phase] * 7 - 1);
    const planned = { phase, plannedStart: start, plannedEnd: end };
    start = addDays(end, 1);
    return planned;
  });
}

const employersPerTrack = 3;
const extraEmployers = 5;

function planEmployers(random: Random): {
  employers: PlannedEmployer[];
  byTrack: number[][];
  dev: PlannedEmployer;
} {
  const stems = random.shuffle(employerNameStems);
  const employers: PlannedEmployer[] = [];
  const make = (sector: SectorCode, office: RegionOffice): number => {
    const serial = employers.length + 1;
    const contactsCount = random.int(2, 4);
    let day = addDays('2024-09-02', random.int(0, 500));
    const contacts: PlannedEmployer['contacts'] = [];
    for (let i = 0; i < contactsCount; i++) {
      contacts.push({
        kind: random.pick(['VISIT', 'CALL', 'MEETING', 'EMAIL'] as const),
        occurredOn: day,
      });
      day = minDate(addDays(day, random.int(14, 90)), regionToday);
    }
    employers.push({
      organisationNumber: syntheticOrganisationNumber(serial),
      name: `${stems[serial - 1]!} ${random.pick(sectors[sector].nameSuffixes)}`,
      sector,
      sniCode: sectors[sector].sniCode,
      sizeBand: random.pick(['MICRO', 'SMALL', 'MEDIUM', 'MEDIUM', 'LARGE'] as const),
      office,
      contactPerson: {
        name: `${random.pick(givenNames)} ${random.pick(familyNames)}`,
        role: random.pick(['HR-ansvarig', 'Rekryterare', 'Platschef', 'VD']),
      },
      contacts,
      acquiredPositions: random.int(2, 8),
    });
    return serial - 1;
  };
  const byTrack = trackDesigns.map((design) => {
    const office = officeOf(design);
    return Array.from({ length: employersPerTrack }, () => make(design.sector, office));
  });
  const sectorCodes = Object.keys(sectors) as SectorCode[];
  for (let i = 0; i < extraEmployers; i++)
    make(random.pick(sectorCodes), random.pick(regionOffices));
  // The dev employer's history, drawn like the others'; its identity is the employers service's.
  const dev: PlannedEmployer = {
    ...employers[make('LOGISTICS', regionOffices[0]!)]!,
    organisationNumber: '5560000001',
    name: 'Testbolaget Södertälje AB',
    sniCode: '49410',
    sizeBand: 'SMALL',
  };
  employers.pop();
  return { employers, byTrack, dev };
}

function officeOf(design: TrackDesign): RegionOffice {
  const office = regionOffices.find((o) => o.officeId === design.officeId);
  if (!office) throw new Error(`track ${design.name} runs at an office without a login`);
  return office;
}

/** The test numbers reserved for demo data (working age, personnummer), shuffled by the seed. */
function identityNumbers(random: Random, count: number): string[] {
  const chosen = random.shuffle(demoIdentityNumbers()).slice(0, count);
  if (chosen.length < count) throw new Error('too few test identity numbers for the cohort');
  return chosen;
}

const referralCount = 8;

const admitsInPhase: readonly DemoPhase[] = ['RECRUITMENT', 'IMPLEMENTATION', 'CLOSING', 'CLOSED'];
const hasResults: readonly DemoPhase[] = ['CLOSING', 'CLOSED'];

function planJob(
  random: Random,
  admittedOn: string,
  acquired: boolean,
  employer: number,
): PlannedJob {
  const roll = random.int(1, 100);
  const form: PlannedJob['form'] =
    roll <= 40
      ? 'UNSUBSIDISED_PERMANENT'
      : roll <= 60
        ? 'UNSUBSIDISED_FIXED_TERM'
        : roll <= 85
          ? 'SUBSIDISED'
          : 'PREPARATORY';
  return {
    form,
    subsidyKind:
      form === 'SUBSIDISED'
        ? random.pick(['NYSTARTSJOBB', 'LONEBIDRAG', 'INTRODUKTIONSJOBB'] as const)
        : null,
    startDate: minDate(addDays(admittedOn, random.int(30, 240)), regionToday),
    hoursPerWeek: random.pick([40, 40, 40, 35, 30, 25]),
    acquired,
    employer,
    fillsVacancy: false,
  };
}

/** Draws the whole region from `seed`: the same seed, the same region. */
export function planRegion(seed = demoSeed): DemoRegion {
  const random = createRandom(seed);
  const { employers, byTrack, dev: devEmployer } = planEmployers(random);
  const cohortSize = trackDesigns.reduce((sum, design) => sum + design.admitted, 0);
  if (cohortSize !== targets.cohortSize) throw new Error(`the tracks admit ${cohortSize}`);
  const numbers = identityNumbers(random, cohortSize + referralCount);

  // Who gets work: exactly the target share of the cohort, among tracks past recruitment; of
  // them, the target share in jobs acquired through the officers' employer work.
  const seats = trackDesigns.flatMap((design, track) =>
    Array.from({ length: design.admitted }, (_, seat) => ({ track, seat })),
  );
  const pastRecruitment = seats.filter(({ track }) => trackDesigns[track]!.phase !== 'RECRUITMENT');
  const inWork = random
    .shuffle(pastRecruitment)
    .slice(0, Math.round(cohortSize * targets.inWorkShare));
  const acquiredCount = Math.round(inWork.length * targets.acquiredShareOfInWork);
  const jobOf = new Map(
    inWork.map(({ track, seat }, i) => [`${track}:${seat}`, i < acquiredCount]),
  );

  let next = 0;
  const tracks = trackDesigns.map((design, t): PlannedTrack => {
    const timeline = timelineFrom(design.startsOn);
    const recruitment = timeline[1]!;
    const participants = Array.from({ length: design.admitted }, (_, seat): PlannedParticipant => {
      if (!admitsInPhase.includes(design.phase)) throw new Error(`${design.name} cannot admit`);
      const admittedOn = minDate(
        addDays(recruitment.plannedStart, random.int(14, 50)),
        regionToday,
      );
      const selectedBy = random.int(0, employersPerTrack - (design.withDevEmployer ? 0 : 1));
      const acquired = jobOf.get(`${t}:${seat}`);
      const job = acquired === undefined ? null : planJob(random, admittedOn, acquired, selectedBy);
      const result: PlannedParticipant['result'] = !hasResults.includes(design.phase)
        ? null
        : job
          ? { outcome: 'EMPLOYED' }
          : random.chance(0.6)
            ? {
                outcome: 'OTHER_INTERVENTION',
                reasonCode: random.pick(['LANGUAGE', 'SKILLS_GAP', 'EMPLOYER_DID_NOT_HIRE']),
              }
            : {
                outcome: 'DISCONTINUED',
                reasonCode: random.pick(['HEALTH', 'STUDIES', 'MOVED', 'OWN_CHOICE']),
              };
      const supportEnd = job
        ? addDays(job.startDate, -1)
        : addDays(admittedOn, random.int(120, 300));
      return {
        identityNumber: numbers[next++]!,
        givenName: random.pick(givenNames),
        familyName: random.pick(familyNames),
        admittedOn,
        selectedBy,
        job,
        result,
        consentToMunicipality: random.chance(0.35),
        activitySupport: {
          fromDate: admittedOn,
          toDate: minDate(supportEnd < admittedOn ? admittedOn : supportEnd, regionToday),
          dailyAmount: random.pick([223, 365, 510, 680, 910]),
        },
      };
    });
    return {
      design,
      withDevEmployer: design.withDevEmployer === true,
      office: officeOf(design),
      timeline,
      employers: byTrack[t]!,
      participants,
    };
  });

  fillAcquiredPositions(tracks, employers, devEmployer);

  // Three of four rollout offices use the method partly or fully: the region's 75 % target.
  const rolloutOffices = random.shuffle(offices().map((o) => o.id));
  const notStarted = Math.round(rolloutOffices.length * (1 - targets.adoptionShare));
  const rollout = rolloutOffices.map((officeId, i): PlannedRolloutOffice => {
    const joinedOn = addDays('2025-01-13', random.int(0, 300));
    return {
      officeId,
      joinedOn,
      level: i < notStarted ? 'NOT_STARTED' : random.chance(0.45) ? 'FULL' : 'PARTIAL',
      assessedOn: minDate(addDays(joinedOn, random.int(120, 400)), regionToday),
    };
  });

  const referrals = numbers.slice(cohortSize).map(
    (identityNumber, i): PlannedReferral => ({
      identityNumber,
      givenName: random.pick(givenNames),
      familyName: random.pick(familyNames),
      accepted: i < referralCount - 2,
    }),
  );
  return {
    employers,
    referrals,
    devEmployer,
    tracks,
    rollout: [...rollout].sort((a, b) => a.officeId.localeCompare(b.officeId)),
    baseline: {
      countyCode: '01',
      periodFrom: '2024-11-01',
      periodTo: '2026-11-30',
      // The reporting API's default window.
      windowMonths: 18,
      activitySupportPerPerson: '118400',
      interventionPerPerson: '21500',
      groupSize: 566,
    },
  };
}

/**
 * Acquired jobs fill the positions of their employer's acquired vacancy, in the plan's order, as
 * long as any are open and the job starts after the vacancy was acquired (a track's employers are `employers`, then the dev employer if it takes part).
 */
function fillAcquiredPositions(
  tracks: PlannedTrack[],
  employers: PlannedEmployer[],
  devEmployer: PlannedEmployer,
): void {
  const open = new Map<PlannedEmployer, number>();
  for (const track of tracks) {
    for (const { job } of track.participants) {
      if (!job?.acquired) continue;
      const index = track.employers[job.employer];
      const employer =
        index !== undefined ? employers[index]! : track.withDevEmployer ? devEmployer : null;
      // A position is filled on the job's first day, which cannot come before it was acquired.
      if (!employer || job.startDate < employer.contacts.at(-1)!.occurredOn) continue;
      const left = open.get(employer) ?? employer.acquiredPositions;
      job.fillsVacancy = left > 0;
      open.set(employer, left - 1);
    }
  }
}
