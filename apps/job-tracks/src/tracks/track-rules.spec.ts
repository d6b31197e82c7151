import { DomainError } from '@jobbnatet/domain-core';
import { nextRoundTimeline, type TrackInput, validateTimeline, validateTrack } from './track-rules';

const timeline = [
  { phase: 'PLANNING', plannedStart: '2027-02-01', plannedEnd: '2027-03-31' },
  { phase: 'RECRUITMENT', plannedStart: '2027-03-15', plannedEnd: '2027-04-30' },
  { phase: 'IMPLEMENTATION', plannedStart: '2027-05-01', plannedEnd: '2027-10-31' },
  { phase: 'CLOSING', plannedStart: '2027-11-01', plannedEnd: '2027-12-17' },
];
const input: TrackInput = {
  agreementId: '3F1E2D4C-5B6A-4798-8A0B-1C2D3E4F5A6B',
  name: '  Lagerjobbspåret  ',
  municipalityCodes: ['0181'],
  officeIds: ['af-sodertalje'],
  employerIds: ['7c6b5a49-3827-4165-9e4d-3c2b1a0f9e8d'],
  competenceNeedIds: [],
  competenceProfileId: null,
  providerIds: [],
  targetParticipants: 12,
  timeline,
  operationalTeam: [],
  coordinators: [
    { userId: '2d9e4b61-1f0a-4c8e-b5d2-7a3f9c0e1b24', organisation: 'AF', role: 'samordnare' },
  ],
};
const fieldOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.field : 'not a domain error';
  }
  return undefined;
};

describe('a new track', () => {
  it('is trimmed, with ids folded to lower case and its span from planning to closing', () => {
    expect(validateTrack(input)).toMatchObject({
      agreementId: '3f1e2d4c-5b6a-4798-8a0b-1c2d3e4f5a6b',
      name: 'Lagerjobbspåret',
      plannedStart: '2027-02-01',
      plannedEnd: '2027-12-17',
    });
  });

  it.each([
    ['coordinators', { coordinators: [] }],
    ['employerIds', { employerIds: [] }],
    ['officeIds', { officeIds: ['af-atlantis'] }],
    ['municipalityCodes', { municipalityCodes: ['9999'] }],
    ['targetParticipants', { targetParticipants: 0 }],
    ['competenceProfileId', { competenceProfileId: 'profil' }],
  ])('is refused naming %s', (field, broken) => {
    expect(fieldOf(() => validateTrack({ ...input, ...broken } as TrackInput))).toBe(field);
  });
});

describe('a timeline', () => {
  it('needs the four phases in order', () => {
    expect(fieldOf(() => validateTimeline([...timeline].reverse()))).toBe('timeline');
    expect(fieldOf(() => validateTimeline(timeline.slice(1)))).toBe('timeline');
  });

  it('refuses a phase ending before it starts, or one starting before the previous', () => {
    const backwards = timeline.map((p, i) => (i === 2 ? { ...p, plannedEnd: '2027-04-01' } : p));
    expect(fieldOf(() => validateTimeline(backwards))).toBe('timeline');
    const early = timeline.map((p, i) => (i === 1 ? { ...p, plannedStart: '2027-01-01' } : p));
    expect(fieldOf(() => validateTimeline(early))).toBe('timeline');
  });

  it('moves to the day after the previous round for a repetition, keeping durations', () => {
    const next = nextRoundTimeline(validateTimeline(timeline));
    expect(next[0]).toEqual({
      phase: 'PLANNING',
      plannedStart: '2027-12-18',
      plannedEnd: '2028-02-14',
    });
    expect(next[3]!.plannedEnd).toBe('2028-11-01');
  });
});
