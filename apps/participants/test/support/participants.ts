import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { CallerIdentity } from '@jobbnatet/contracts';
import { piiKeys, Subgraph, type SubgraphOptions } from '@jobbnatet/subgraph-testing';
import { aParticipant, type ParticipantRegistration } from '@jobbnatet/testing';
import { AppModule, serviceName } from '../../src/app.module';
import { participantsConfig } from '../../src/config';

export const printedSchema = join(__dirname, '../../schema.graphql');

/** The participants subgraph through the shared harness, on a database of its own; `env` adds to fresh PII keys. */
export function startParticipants(options: Partial<SubgraphOptions> = {}): Promise<Subgraph> {
  return Subgraph.start({
    serviceName,
    appModule: (env) => AppModule.register(participantsConfig(env)),
    ...options,
    env: { ...piiKeys(), ...options.env },
  });
}

export const registerMutation = `mutation Register($input: RegisterParticipantInput!) {
  registerParticipant(input: $input) { id identityNumber givenName officeId homeMunicipalityCode }
}`;

export interface RegisteredParticipant {
  id: string;
  identityNumber: string | null;
  givenName: string;
  officeId: string;
  homeMunicipalityCode: string;
}

/** Registers as `caller` and returns the participant; fails the test on any error. */
export async function register(
  subgraph: Subgraph,
  caller: CallerIdentity,
  input: ParticipantRegistration = aParticipant().build(),
): Promise<RegisteredParticipant> {
  const response = await subgraph.call<{ registerParticipant: RegisteredParticipant }>(
    caller,
    registerMutation,
    { input },
  );
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.registerParticipant;
}

/** A name of letters only that no other test uses: finds "what was written" by subject. */
export function uniqueName(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return `Q${Array.from(randomBytes(10), (byte) => letters[byte % 26]).join('')}`;
}

/** Contact details as a registration takes them: a made-up phone, e-mail and address. */
export function contactDetails(tag = uniqueName()) {
  return {
    phone: `070-${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`,
    email: `${tag.toLowerCase()}@example.se`,
    address: { street: `${tag}vägen 12`, postalCode: '151 32', city: 'Södertälje' },
  };
}

/** The personal fields of `Participant`, for queries that check what a caller sees. */
export const personalSelection = `id pseudonym status identityNumber givenName familyName phone email
  address { street postalCode city } languages educationLevel drivingLicences labourMarketProgramme
  responsibleOfficerId homeMunicipalityCode officeId registeredAt version`;

export interface SeenParticipant {
  id: string;
  pseudonym: string;
  status: string | null;
  identityNumber: string | null;
  givenName: string | null;
  familyName: string | null;
  phone: string | null;
  email: string | null;
  address: { street: string; postalCode: string; city: string } | null;
  languages: string[] | null;
  officeId: string | null;
  homeMunicipalityCode: string | null;
  version: number | null;
}

/** What `caller` sees of one participant (null when out of reach); fails the test on errors. */
export async function seenBy(
  subgraph: Subgraph,
  caller: CallerIdentity,
  id: string,
  reason?: string,
): Promise<SeenParticipant | null> {
  const response = await subgraph.call<{ participant: SeenParticipant | null }>(
    caller,
    `query Seen($id: ID!, $reason: String) { participant(id: $id, reason: $reason) { ${personalSelection} } }`,
    { id, reason: reason ?? null },
  );
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data!.participant;
}

/** Registers, as `caller`, a participant with a unique name and contact details, living in `home`. */
export async function registerWithContact(
  subgraph: Subgraph,
  caller: CallerIdentity,
  home = '0181',
) {
  const name = uniqueName();
  const contact = contactDetails(name);
  const input = { ...aParticipant().named(name).livingIn(home).build(), ...contact };
  const { id } = await register(subgraph, caller, input);
  return { id, name, contact, input };
}
