import { participantChain, shortenRefusal, validateAdaptation } from './adaptation-rules';

const planned = [
  {
    id: 's1',
    interventionTypeCode: 'JOBBFORUM',
    offeringId: null,
    responsible: 'AF' as const,
    start: '2027-05-01',
    end: '2027-05-28',
  },
  {
    id: 's2',
    interventionTypeCode: 'PRAKTIK',
    offeringId: null,
    responsible: 'EMPLOYER' as const,
    start: '2027-05-29',
    end: '2027-07-31',
  },
];
const change = (id: string, kind: 'ADD' | 'REMOVE' | 'SHORTEN', extra = {}) => ({
  id,
  kind,
  stepId: null,
  interventionTypeCode: null,
  offeringId: null,
  responsible: null,
  plannedStart: null,
  plannedEnd: null,
  ...extra,
});

describe('per-participant adaptations', () => {
  it('follow the plan until adapted', () => {
    expect(participantChain(planned, []).map((s) => s.status)).toEqual([
      'AS_PLANNED',
      'AS_PLANNED',
    ]);
  });

  it('keep a removed step, marked, shorten another and add new ones after the plan by start', () => {
    const chain = participantChain(planned, [
      change('a1', 'REMOVE', { stepId: 's1' }),
      change('a2', 'SHORTEN', { stepId: 's2', plannedEnd: '2027-06-30' }),
      change('a3', 'ADD', {
        interventionTypeCode: 'SFI',
        responsible: 'MUNICIPALITY',
        plannedStart: '2027-06-01',
        plannedEnd: '2027-08-01',
      }),
      change('a4', 'ADD', {
        interventionTypeCode: 'APL',
        responsible: 'PROVIDER',
        plannedStart: '2027-05-10',
        plannedEnd: '2027-05-20',
      }),
    ]);
    expect(
      chain.map((s) => [s.interventionTypeCode, s.status, s.plannedEnd, s.adaptationId]),
    ).toEqual([
      ['JOBBFORUM', 'REMOVED', '2027-05-28', 'a1'],
      ['PRAKTIK', 'SHORTENED', '2027-06-30', 'a2'],
      ['APL', 'ADDED', '2027-05-20', 'a4'],
      ['SFI', 'ADDED', '2027-08-01', 'a3'],
    ]);
  });

  it('shorten only to an earlier end, not before the start', () => {
    expect(shortenRefusal({ start: '2027-05-01', end: '2027-05-28' }, '2027-05-20')).toBeNull();
    expect(shortenRefusal({ start: '2027-05-01', end: '2027-05-28' }, '2027-05-28')).toMatch(
      /before/,
    );
    expect(shortenRefusal({ start: '2027-05-01', end: '2027-05-28' }, '2027-04-30')).toMatch(
      /start/,
    );
  });

  it('need what their kind needs, and a reason', () => {
    const base = { participantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d', reason: 'Behov' };
    expect(() => validateAdaptation({ ...base, kind: 'REMOVE' })).toThrow(/stepId/);
    expect(() => validateAdaptation({ ...base, kind: 'ADD' })).toThrow(/design/);
    expect(() =>
      validateAdaptation({
        ...base,
        kind: 'SHORTEN',
        stepId: '1f2e3d4c-5b6a-4978-8a7b-6c5d4e3f2a1b',
      }),
    ).toThrow(/plannedEnd/);
    expect(() =>
      validateAdaptation({
        ...base,
        kind: 'REMOVE',
        stepId: '1f2e3d4c-5b6a-4978-8a7b-6c5d4e3f2a1b',
        reason: ' ',
      }),
    ).toThrow(/reason/);
  });
});
