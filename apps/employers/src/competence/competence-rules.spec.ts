import {
  isClosed,
  mayChangeStatus,
  validDate,
  validateCompetenceNeed,
  validateCompetenceProfile,
} from './competence-rules';
import { needStatuses } from './competence-codes';

const need = {
  occupationCode: '4322',
  headcount: 3,
  neededFrom: '2027-02-01',
  neededUntil: null,
  requirements: {
    skills: ['Plocka order'],
    languages: [{ code: 'sv', level: 'B1' }],
    licences: ['B', 'B'],
    certificates: ['Truckkort A+B'],
  },
};

const profile = {
  occupationCode: '5321',
  competences: [{ name: 'Förflyttningsteknik', level: 3, required: true }],
  languageRequirements: [{ code: 'sv', level: 'B2' }],
};

describe('competence rules', () => {
  it('allows only the listed status changes, and MET and WITHDRAWN are final', () => {
    const allowed = needStatuses.flatMap((from) =>
      needStatuses.filter((to) => mayChangeStatus(from, to)).map((to) => `${from}>${to}`),
    );
    expect(allowed.sort()).toEqual(
      [
        'BEING_MET>MET',
        'BEING_MET>OPEN',
        'BEING_MET>WITHDRAWN',
        'OPEN>BEING_MET',
        'OPEN>WITHDRAWN',
      ].sort(),
    );
    expect(needStatuses.filter(isClosed)).toEqual(['MET', 'WITHDRAWN']);
  });

  it('accepts a need and keeps each licence once', () => {
    expect(validateCompetenceNeed(need)).toMatchObject({
      occupationCode: '4322',
      requirements: { licences: ['B'] },
    });
  });

  it.each([
    ['occupationCode', { occupationCode: '1234' }],
    ['occupationCode', { occupationCode: '43221' }],
    ['headcount', { headcount: 0 }],
    ['headcount', { headcount: 501 }],
    ['headcount', { headcount: 1.5 }],
    ['neededFrom', { neededFrom: '2027-02-30' }],
    ['neededUntil', { neededUntil: '2027-01-31' }],
    [
      'requirements.languages.level',
      { requirements: { ...need.requirements, languages: [{ code: 'sv', level: 'FLUENT' }] } },
    ],
    [
      'requirements.languages.code',
      { requirements: { ...need.requirements, languages: [{ code: 'xx', level: 'B1' }] } },
    ],
    ['requirements.licences', { requirements: { ...need.requirements, licences: ['Z'] } }],
    ['requirements.skills', { requirements: { ...need.requirements, skills: ['  '] } }],
    ['requirements.skills', { requirements: { ...need.requirements, skills: ['Plock', 'plock'] } }],
  ])('refuses a need with a bad %s', (field, change) => {
    expect(() => validateCompetenceNeed({ ...need, ...change } as typeof need)).toThrow(
      expect.objectContaining({ field }),
    );
  });

  it.each([
    ['competences', { competences: [] }],
    ['competences.level', { competences: [{ name: 'Svets', level: 6, required: true }] }],
    [
      'competences.taxonomyConceptId',
      { competences: [{ name: 'Svets', level: 2, required: false, taxonomyConceptId: 'x' }] },
    ],
    [
      'languageRequirements',
      {
        languageRequirements: [
          { code: 'sv', level: 'B1' },
          { code: 'sv', level: 'C1' },
        ],
      },
    ],
    ['occupationCode', { occupationCode: 'abcd' }],
  ])('refuses a profile with a bad %s', (field, change) => {
    expect(() => validateCompetenceProfile({ ...profile, ...change } as typeof profile)).toThrow(
      expect.objectContaining({ field }),
    );
  });

  it('reads only real days as dates', () => {
    expect(validDate('d', '2028-02-29')).toBe('2028-02-29');
    expect(() => validDate('d', '2027-02-29')).toThrow();
    expect(() => validDate('d', '1999-12-31')).toThrow();
  });
});
