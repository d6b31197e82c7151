import { assessmentFactors } from '@jobbnatet/contracts';
import { DomainError } from '@jobbnatet/domain-core';
import { hostileDate, hostileString } from '@jobbnatet/testing';
import fc from 'fast-check';
import type { CaseFacts } from '../participants/participant-access';
import {
  type AssessmentInput,
  type FactorInput,
  mayReadHealthFindings,
  validateAssessment,
} from './assessment-rules';

const today = '2025-06-10';

/** `encodeURIComponent` refuses exactly the strings with a lone surrogate. */
const wellFormed = (value: string): boolean => {
  try {
    encodeURIComponent(value);
    return true;
  } catch {
    return false;
  }
};

/** Text no rule could accept: nothing readable, too long, a NUL or override, or broken UTF-16. */
const plainlyBad = (value: string): boolean =>
  !/[\p{L}\p{N}]/u.test(value) ||
  [...value].length > 2000 ||
  /[\u0000\u202e]/.test(value) ||
  !wellFormed(value);
const language: FactorInput = {
  factor: 'LANGUAGE',
  level: 'SOME_SUPPORT_NEEDED',
  interventions: ['SFI'],
  text: 'Läser svenska på nivå B.',
};
const assessment = (overrides: Partial<AssessmentInput> = {}): AssessmentInput => ({
  assessedOn: today,
  factors: [language],
  ...overrides,
});

/** The field an assessment was refused for, or null when it was accepted. */
function refusedField(input: AssessmentInput): string | null {
  try {
    validateAssessment(input, today);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.code).toBe('PARTICIPANT.INVALID_INPUT');
    return error.field ?? 'unnamed';
  }
}

describe('assessment rules', () => {
  it('accepts every factor once, in the order of the factor list, trimming texts', () => {
    const factors = [...assessmentFactors].reverse().map((factor) => ({
      factor,
      level: 'NO_OBSTACLE',
      text: `  ${factor} ok  `,
    }));
    expect(validateAssessment(assessment({ factors }), today).factors).toEqual(
      assessmentFactors.map((factor) => ({
        factor,
        level: 'NO_OBSTACLE',
        interventions: [],
        text: `${factor} ok`,
        interventionsText: null,
      })),
    );
  });

  it('refuses an assessment of no factor, and one that assesses a factor twice', () => {
    expect(refusedField(assessment({ factors: [] }))).toBe('factors');
    expect(refusedField(assessment({ factors: [language, { ...language, text: null }] }))).toBe(
      'factors',
    );
  });

  it('refuses a factor, level or intervention outside its list, naming its place', () => {
    expect(refusedField(assessment({ factors: [{ ...language, factor: 'MOOD' }] }))).toBe(
      'factors[0].factor',
    );
    expect(refusedField(assessment({ factors: [{ ...language, level: 'HIGH' }] }))).toBe(
      'factors[0].level',
    );
    expect(
      refusedField(
        assessment({
          factors: [language, { ...language, factor: 'OTHER', interventions: ['PILLS'] }],
        }),
      ),
    ).toBe('factors[1].interventions');
  });

  it('refuses interventions for a factor that stands in nobody’s way', () => {
    expect(refusedField(assessment({ factors: [{ ...language, level: 'NO_OBSTACLE' }] }))).toBe(
      'factors[0].interventions',
    );
  });

  it('accepts 2000 characters of text and refuses 2001', () => {
    const at = (length: number) =>
      refusedField(assessment({ factors: [{ ...language, text: 'å'.repeat(length) }] }));
    expect(at(2000)).toBeNull();
    expect(at(2001)).toBe('factors[0].text');
    expect(
      refusedField(assessment({ factors: [{ ...language, interventionsText: 'x'.repeat(2001) }] })),
    ).toBe('factors[0].interventionsText');
  });

  it('refuses text that is blank, invisible, or carries controls and direction overrides', () => {
    for (const text of ['', '   ', '\u200b', 'ok\u0000', 'ok\u202e', '\ud800ok', '\u0301']) {
      expect({
        text,
        field: refusedField(assessment({ factors: [{ ...language, text }] })),
      }).toEqual({ text, field: 'factors[0].text' });
    }
  });

  it('keeps line breaks and tabs in text', () => {
    const text = 'Rad ett\n\tRad två';
    expect(
      validateAssessment(assessment({ factors: [{ ...language, text }] }), today).factors[0]?.text,
    ).toBe(text);
  });

  it('accepts today and refuses tomorrow and dates that are not dates', () => {
    expect(refusedField(assessment({ assessedOn: today }))).toBeNull();
    expect(refusedField(assessment({ assessedOn: '2025-06-11' }))).toBe('assessedOn');
    fc.assert(
      fc.property(
        hostileDate(),
        (assessedOn) => refusedField(assessment({ assessedOn })) === 'assessedOn',
      ),
    );
  });

  it('refuses hostile text in every text field, naming it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('text', 'interventionsText'),
        hostileString().filter(plainlyBad),
        (field, value) =>
          refusedField(assessment({ factors: [{ ...language, [field]: value }] })) ===
          `factors[0].${field}`,
      ),
    );
  });
});

describe('who reads health findings', () => {
  const facts: CaseFacts = {
    officeId: 'af-solna',
    consentedMunicipalities: ['0184'],
    erased: false,
  };

  it('is the responsible office alone', () => {
    expect(mayReadHealthFindings({ role: 'officer', officeId: 'af-solna' }, facts)).toBe(true);
    expect(mayReadHealthFindings({ role: 'officer', officeId: 'af-sodertalje' }, facts)).toBe(
      false,
    );
  });

  it('is not a municipality with consent, nor an admin, nor anyone else', () => {
    for (const role of [
      'municipal_case_worker',
      'admin',
      'analyst',
      'employer_contact',
      'process_leader',
      'provider_staff',
    ] as const) {
      expect({ role, reads: mayReadHealthFindings({ role, officeId: 'af-solna' }, facts) }).toEqual(
        {
          role,
          reads: false,
        },
      );
    }
  });

  it('is nobody once the participant is erased', () => {
    expect(
      mayReadHealthFindings({ role: 'officer', officeId: 'af-solna' }, { ...facts, erased: true }),
    ).toBe(false);
  });
});
