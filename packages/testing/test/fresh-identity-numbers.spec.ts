import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as Builders from '../src/builders';
import { isDemoIdentityNumber, testIdentityNumbers } from '../src/identity-numbers';

/** Each jest test file loads the builders anew, with a shuffle of its own, as this does. */
function freshBuilders(): typeof Builders {
  let builders: typeof Builders | undefined;
  jest.isolateModules(() => {
    builders = jest.requireActual<typeof Builders>('../src/builders');
  });
  return builders!;
}

describe('fresh test identity numbers', () => {
  let claims: string;
  beforeEach(() => {
    claims = mkdtempSync(join(tmpdir(), 'identity-claims-'));
    process.env.JOBBNATET_IDENTITY_CLAIMS = claims;
  });
  afterEach(() => {
    delete process.env.JOBBNATET_IDENTITY_CLAIMS;
    rmSync(claims, { recursive: true, force: true });
  });

  it('are never a number another test file of the run claimed, and never the demo region’s', () => {
    const working = testIdentityNumbers().filter(
      (n) => Number(n.slice(0, 4)) >= 1950 && Number(n.slice(0, 4)) <= 2005,
    );
    const free = working.find((n) => !isDemoIdentityNumber(n))!;
    for (const number of working) if (number !== free) writeFileSync(join(claims, number), '');

    expect(freshBuilders().aFreshIdentityNumber()).toBe(free);
    expect(() => freshBuilders().aFreshIdentityNumber()).toThrow(
      'ran out of test identity numbers',
    );
  });

  it('are claimed once each by two test files drawing at once', () => {
    const first = freshBuilders();
    const second = freshBuilders();
    const drawn = Array.from({ length: 200 }, () => [
      first.aFreshIdentityNumber(),
      second.aFreshIdentityNumber(),
    ]).flat();
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(readdirSync(claims).sort()).toEqual([...drawn].sort());
  });
});
