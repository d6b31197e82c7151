import { DomainError } from '@jobbnatet/domain-core';
import { hostileString } from '@jobbnatet/testing';
import fc from 'fast-check';
import {
  mayChangeStatus,
  offeringStatuses,
  validateAvailabilityFilter,
  validateOffering,
  validateProvider,
} from './offering-rules';

const valid = {
  typeCode: 'JOBBFORUM',
  providerId: '3c1e5a7b-9d2f-4b6e-8a0c-1d3e5f7a9b2c',
  placeName: ' Jobbtorget Södertälje ',
  municipalityCode: '0181',
  officeIds: ['af-sodertalje'],
  fromDate: '2027-01-11',
  toDate: '2027-04-02',
  capacity: 20,
  costPerParticipant: 12500.5,
  occupationCodes: ['5120'],
  competences: ['Livsmedelshygien', 'Livsmedelshygien'],
  languageCode: 'sv',
};

function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('offering rules', () => {
  it('accepts a valid offering, trimming text, deduplicating lists and counting öre', () => {
    expect(validateOffering(valid)).toMatchObject({
      placeName: 'Jobbtorget Södertälje',
      competences: ['Livsmedelshygien'],
      costInOre: 1_250_050,
    });
  });

  it.each([
    ['typeCode', 'jobbforum'],
    ['providerId', 'not-a-uuid'],
    ['placeName', '   '],
    ['municipalityCode', '9999'],
    ['officeIds', ['af-nowhere']],
    ['fromDate', '2027-02-30'],
    ['toDate', '2027-01-10'],
    ['capacity', 0],
    ['capacity', 501],
    ['capacity', 2.5],
    ['costPerParticipant', 1.005],
    ['costPerParticipant', -1],
    ['occupationCodes', ['512']],
    ['competences', ['\u0000']],
    ['languageCode', 'swe'],
  ] as const)('refuses a bad %s, naming the field', (field, value) => {
    expect(refusal(() => validateOffering({ ...valid, [field]: value } as never)).field).toBe(
      field,
    );
  });

  it('moves statuses only along the rule', () => {
    expect(mayChangeStatus('PLANNED', 'OPEN')).toBe(true);
    expect(mayChangeStatus('OPEN', 'FULL')).toBe(true);
    expect(mayChangeStatus('FULL', 'OPEN')).toBe(true);
    expect(mayChangeStatus('RUNNING', 'FINISHED')).toBe(true);
    expect(mayChangeStatus('PLANNED', 'FINISHED')).toBe(false);
    expect(mayChangeStatus('OPEN', 'PLANNED')).toBe(false);
    for (const to of offeringStatuses) {
      expect(mayChangeStatus('FINISHED', to)).toBe(false);
      expect(mayChangeStatus('CANCELLED', to)).toBe(false);
    }
  });

  it('requires an organisation number of a supplier and a code of a municipality', () => {
    expect(refusal(() => validateProvider({ kind: 'SUPPLIER', name: 'Lernia' })).field).toBe(
      'organisationNumber',
    );
    expect(refusal(() => validateProvider({ kind: 'MUNICIPALITY', name: 'Komvux' })).field).toBe(
      'municipalityCode',
    );
    expect(
      validateProvider({ kind: 'MUNICIPALITY', name: 'Komvux', municipalityCode: '0181' }),
    ).toEqual({
      kind: 'MUNICIPALITY',
      name: 'Komvux',
      organisationNumber: null,
      municipalityCode: '0181',
    });
  });

  it('refuses a search window that ends before it starts', () => {
    expect(
      refusal(() => validateAvailabilityFilter({ from: '2027-02-01', to: '2027-01-01' }, 10)).field,
    ).toBe('to');
  });

  it('answers any hostile place name with clean text or a typed refusal that never quotes it', () => {
    fc.assert(
      fc.property(hostileString(), (placeName) => {
        try {
          expect(validateOffering({ ...valid, placeName }).placeName).toMatch(/\p{L}/u);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect(error).toMatchObject({ field: 'placeName' });
          if (placeName.trim().length > 3)
            expect((error as DomainError).message).not.toContain(placeName.trim());
        }
      }),
    );
  });
});
