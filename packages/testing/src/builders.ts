import { randomInt } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { isDemoIdentityNumber, testIdentityNumbers } from './identity-numbers';

/** A registration as the `registerParticipant` mutation takes it. */
export interface ParticipantRegistration {
  identityNumber: string;
  givenName: string;
  familyName: string;
  homeMunicipalityCode: string;
  officeId: string;
}

// Adults of working age, shuffled once per process, each handed out once: tests never collide on
// "already registered" however many run against one database.
const workingAge = testIdentityNumbers()
  .filter((number) => Number(number.slice(0, 4)) >= 1950 && Number(number.slice(0, 4)) <= 2005)
  .filter((number) => !isDemoIdentityNumber(number))
  // crypto, not Math.random: each test file shuffles in a context of its own, and no seeding of
  // Math.random may give two files one order.
  .map((number) => ({ number, order: randomInt(2 ** 47) }))
  .sort((a, b) => a.order - b.order)
  .map(({ number }) => number);
let handedOut = 0;

/**
 * A folder in which test files that share one database (the e2e suites) claim the numbers they
 * hand out: each file shuffles on its own, so two of them could otherwise draw the same number.
 */
export const identityClaimsVariable = 'JOBBNATET_IDENTITY_CLAIMS';

/** Whether `number` was still free in the claims folder; taking it is atomic across processes. */
function claim(folder: string, number: string): boolean {
  try {
    closeSync(openSync(join(folder, number), 'wx'));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * A Skatteverket test personnummer (12 digits) that no other builder call in this process got,
 * nor any test file of the run when the run keeps a claims folder.
 */
export function aFreshIdentityNumber(): string {
  const claims = process.env[identityClaimsVariable];
  for (;;) {
    const number = workingAge[handedOut++];
    if (!number) throw new Error('ran out of test identity numbers');
    if (!claims || claim(claims, number)) return number;
  }
}

/** Builds a valid registration at Södertälje's office, for a resident of Södertälje; adjust with `with*`. */
export class ParticipantBuilder {
  private readonly value: ParticipantRegistration;

  constructor() {
    this.value = {
      identityNumber: aFreshIdentityNumber(),
      givenName: 'Testa',
      familyName: 'Testsson',
      homeMunicipalityCode: '0181',
      officeId: 'af-sodertalje',
    };
  }

  atOffice(officeId: string): this {
    this.value.officeId = officeId;
    return this;
  }

  livingIn(municipalityCode: string): this {
    this.value.homeMunicipalityCode = municipalityCode;
    return this;
  }

  named(givenName: string, familyName = this.value.familyName): this {
    Object.assign(this.value, { givenName, familyName });
    return this;
  }

  withIdentityNumber(identityNumber: string): this {
    this.value.identityNumber = identityNumber;
    return this;
  }

  with(overrides: Partial<ParticipantRegistration>): this {
    Object.assign(this.value, overrides);
    return this;
  }

  build(): ParticipantRegistration {
    return { ...this.value };
  }
}

export const aParticipant = (): ParticipantBuilder => new ParticipantBuilder();
