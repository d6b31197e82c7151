import { postGraphql, testIdentityNumbers } from '@jobbnatet/testing';

/** The `sub` claim of an access token (the caller's user id), read without verifying. */
export function subjectOf(token: string): string {
  const payload = JSON.parse(
    Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'),
  ) as { sub?: unknown };
  if (typeof payload.sub !== 'string') throw new Error('the access token has no sub claim');
  return payload.sub;
}

export const registerMutation = `
  mutation BenchRegister($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) { id }
  }`;

export const officeId = 'af-sodertalje';

/** Registration input for the n-th official test identity number (each can be registered once per database). */
export function registrationInput(n: number): Record<string, string> {
  const numbers = testIdentityNumbers();
  const identityNumber = numbers[n];
  if (identityNumber === undefined)
    throw new Error(`only ${numbers.length} test identity numbers exist`);
  return {
    identityNumber,
    givenName: 'Belastning',
    familyName: 'Testsson',
    homeMunicipalityCode: '0181',
    officeId,
  };
}

/** Registers `count` participants through the gateway, `concurrency` at a time; returns their ids. */
export async function registerParticipants(
  gatewayUrl: string,
  token: string,
  { first, count, concurrency }: { first: number; count: number; concurrency: number },
): Promise<string[]> {
  const ids: string[] = [];
  let next = first;
  const worker = async () => {
    while (next < first + count) {
      const n = next++;
      const response = await postGraphql<{ registerParticipant: { id: string } }>(
        gatewayUrl,
        registerMutation,
        { input: registrationInput(n) },
        { authorization: `Bearer ${token}` },
      );
      if (!response.data?.registerParticipant) {
        throw new Error(
          `registration ${n} failed (${response.status}): ${JSON.stringify(response.errors)}`,
        );
      }
      ids.push(response.data.registerParticipant.id);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ids;
}
