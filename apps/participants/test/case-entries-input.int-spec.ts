import 'reflect-metadata';
import { assessmentFactors } from '@jobbnatet/contracts';
import { callers, type Subgraph } from '@jobbnatet/subgraph-testing';
import {
  assertEveryBadInputRefused,
  hostileDate,
  hostileNumber,
  hostileString,
} from '@jobbnatet/testing';
import fc from 'fast-check';
import {
  daysFromToday,
  eventsAbout,
  recordAssessmentMutation,
  today,
  writeNoteMutation,
} from './support/case-entries';
import { register, startParticipants } from './support/participants';

const officer = callers.officer('af-sodertalje');

/** `encodeURIComponent` refuses exactly the strings with a lone surrogate. */
const wellFormed = (value: string): boolean => {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
};

/** A hostile string no text rule may accept: nothing readable, too long, a NUL or override, broken UTF-16. */
const badText = (max: number) =>
  hostileString().filter(
    (value) =>
      !/[\p{L}\p{N}]/u.test(value) ||
      [...value].length > max ||
      /[\u0000\u202e]/.test(value) ||
      !wellFormed(value),
  );

/** Not a date, in the future, or before the participant (registered today) existed. */
const badDay = () =>
  fc.oneof(
    hostileDate(),
    fc.integer({ min: 1, max: 40_000 }).map((days) => daysFromToday(days)),
    fc.integer({ min: 1, max: 40_000 }).map((days) => daysFromToday(-days)),
  );

/** JSON carries no Infinity: what a client can actually send. */
const sendableNumber = () => hostileNumber().filter(Number.isFinite);

/** A code outside a closed list, or not a string at all. */
const badCode = (allowed: readonly string[]) =>
  fc.oneof(
    hostileString().filter((value) => !allowed.includes(value)),
    fc.constantFrom('health', 'MOOD', 'NONE', 'SFI '),
    sendableNumber(),
    fc.constant(null),
  );

const badParticipantId = () => fc.oneof(hostileString(), fc.uuid(), fc.constant(null));

describe('assessments and notes refuse bad input', () => {
  let participants: Subgraph;
  let participantId: string;

  const rows = async (table: 'assessment' | 'assessment_factor' | 'participant_note') =>
    (await participants.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0]!.n;

  /** Everything a write would leave: rows of the case entries, and events about the participant. */
  const traces = async () =>
    (await rows('assessment')) +
    (await rows('assessment_factor')) +
    (await rows('participant_note')) +
    (await eventsAbout(participants, participantId));
  const send = (mutation: string) => (input: unknown) =>
    participants.call(officer, mutation, { input });

  beforeAll(async () => {
    participants = await startParticipants();
    participantId = (await register(participants, officer)).id;
  });

  afterAll(() => participants?.stop({ dropDatabase: true }));

  it('recordAssessment: 1000 bad inputs, no server error, nothing written, no event', async () => {
    const factor = {
      factor: 'LANGUAGE',
      level: 'SOME_SUPPORT_NEEDED',
      interventions: ['SFI'],
      text: 'Läser på nivå B.',
    };
    const valid = { participantId, assessedOn: today(), factors: [factor] };
    const withFactor = (changes: Record<string, unknown>) => ({
      ...valid,
      factors: [{ ...factor, ...changes }],
    });
    const badInput = fc.oneof(
      badParticipantId().map((id) => ({ ...valid, participantId: id })),
      badDay().map((assessedOn) => ({ ...valid, assessedOn })),
      fc
        .constantFrom<unknown>([], null, 'LANGUAGE', [factor, factor])
        .map((factors) => ({ ...valid, factors })),
      fc.subarray([...assessmentFactors], { minLength: 1 }).map((codes) => ({
        ...valid,
        factors: [...codes, codes[0]].map((code) => ({ ...factor, factor: code })),
      })),
      fc
        .tuple(fc.constantFrom('text', 'interventionsText'), badText(2000))
        .map(([field, text]) => withFactor({ [field]: text })),
      badCode(assessmentFactors).map((code) => withFactor({ factor: code })),
      badCode(['NO_OBSTACLE', 'SOME_SUPPORT_NEEDED', 'SIGNIFICANT_SUPPORT_NEEDED']).map((level) =>
        withFactor({ level }),
      ),
      badCode(['SFI', 'LANGUAGE_SUPPORT', 'OTHER']).map((code) =>
        withFactor({ interventions: ['SFI', code] }),
      ),
      fc.constant(withFactor({ level: 'NO_OBSTACLE', interventions: ['MENTOR'] })),
    );
    await assertEveryBadInputRefused({
      send: send(recordAssessmentMutation),
      inputs: badInput,
      traces,
      numRuns: 1000,
    });
    expect(await rows('assessment')).toBe(0);
    expect(await rows('assessment_factor')).toBe(0);
    // participant.registered, and nothing since.
    expect(await eventsAbout(participants, participantId)).toBe(1);
  });

  it('writeNote: 1000 bad inputs, no server error, nothing written', async () => {
    const valid = {
      participantId,
      kind: 'PROGRESSION',
      writtenOn: today(),
      text: 'Har börjat praktik.',
    };
    const badInput = fc.oneof(
      badParticipantId().map((id) => ({ ...valid, participantId: id })),
      badCode(['SUPPORT_NEED', 'PROGRESSION']).map((kind) => ({ ...valid, kind })),
      badDay().map((writtenOn) => ({ ...valid, writtenOn })),
      badText(4000).map((text) => ({ ...valid, text })),
      fc
        .oneof(sendableNumber(), fc.constant(null), fc.constant(['Två', 'texter']))
        .map((text) => ({ ...valid, text })),
    );
    await assertEveryBadInputRefused({
      send: send(writeNoteMutation),
      inputs: badInput,
      traces,
      numRuns: 1000,
    });
    expect(await rows('participant_note')).toBe(0);
    expect(await eventsAbout(participants, participantId)).toBe(1);
  });

  it('accepts the valid inputs the properties start from: the refusals above are the defects’ doing', async () => {
    const assessed = await participants.call(officer, recordAssessmentMutation, {
      input: {
        participantId,
        assessedOn: today(),
        factors: [
          {
            factor: 'LANGUAGE',
            level: 'SOME_SUPPORT_NEEDED',
            interventions: ['SFI'],
            text: 'Läser på nivå B.',
          },
        ],
      },
    });
    const noted = await participants.call(officer, writeNoteMutation, {
      input: {
        participantId,
        kind: 'PROGRESSION',
        writtenOn: today(),
        text: 'Har börjat praktik.',
      },
    });
    expect([assessed.errors, noted.errors]).toEqual([undefined, undefined]);
  });
});
