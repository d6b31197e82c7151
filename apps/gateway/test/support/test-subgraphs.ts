import { createServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import {
  identityHeader,
  identityVerifyKeys,
  identityVerifyKeySet,
  verifyIdentity,
  type CallerIdentity,
  type IdentityVerifyKeys,
} from '@jobbnatet/contracts';
import express from 'express';
import { GraphQLError, parse, type GraphQLSchema } from 'graphql';
import { close, listenOnFreePort } from './http';
import type { Ed25519Pair } from './keys';

/**
 * Two small real subgraphs, verifying the forwarded identity the way the platform's subgraphs do
 * (key set by kid, audience = own name, bound to the operation text, name and variables) and
 * recording what reached them.
 */
export interface ReceivedRequest {
  query: string;
  identity: CallerIdentity;
  correlationId: string | undefined;
}

export interface TestSubgraph {
  name: string;
  sdl: string;
  url: string;
  received: ReceivedRequest[];
  /** Every HTTP request that reached /graphql, verified or not. */
  hits(): number;
  stop(): Promise<void>;
}

interface Context {
  identity: CallerIdentity;
}

/** Text a careless data layer might put into an error. None of it may reach a client in production. */
export const leakyErrorMessage =
  'relation "participant" does not exist: SELECT identity_number FROM participant WHERE id = $1 ' +
  '(host db-primary.internal:5432, /srv/participants/dist/participants/participant.repository.js:42)';

export const participantsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Participant @key(fields: "id") {
    id: ID!
    givenName: String!
    officeId: String!
    mentor: Participant
  }

  type Caller {
    userId: ID!
    role: String!
    officeId: String
    municipalityCode: String
    employerId: String
    providerId: String
    correlationId: String!
  }

  type Query {
    participant(id: ID!): Participant
    participants(first: Int!): [Participant!]!
    whoAmI: Caller!
    failingLookup: String
    invalidInput: String
    unavailableLookup: String
    participantsIn(filter: ParticipantFilter!): [Participant!]!
  }

  input ParticipantFilter {
    officeId: String!
    municipalityCode: String
  }
`;

const aParticipant = (id: string) => ({ id, givenName: 'Amira', officeId: 'af-sodertalje' });

const participantsSchema = () =>
  buildSubgraphSchema([
    {
      typeDefs: parse(participantsSdl),
      resolvers: {
        Query: {
          participant: (_: unknown, args: { id: string }) => aParticipant(args.id),
          participants: (_: unknown, args: { first: number }) =>
            Array.from({ length: Math.min(args.first, 3) }, (_unused, i) => aParticipant(`p${i}`)),
          whoAmI: (_: unknown, _args: unknown, context: Context) => context.identity,
          failingLookup: () => {
            throw new Error(leakyErrorMessage);
          },
          participantsIn: () => [aParticipant('p0')],
          unavailableLookup: () => {
            throw new GraphQLError('Service temporarily unavailable, try again', {
              extensions: { code: 'SERVICE_UNAVAILABLE', requestId: 'subgraph-request' },
            });
          },
          invalidInput: () => {
            throw new GraphQLError('Kommunkoden måste ha fyra siffror', {
              extensions: {
                code: 'BAD_USER_INPUT',
                field: 'homeMunicipalityCode',
                reason: 'FORMAT',
                table: 'participant',
              },
            });
          },
        },
        Participant: {
          __resolveReference: (reference: { id: string }) => aParticipant(reference.id),
          mentor: (participant: { id: string }) => aParticipant(`${participant.id}-mentor`),
        },
      },
    },
  ]);

export const jobTracksSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Participant @key(fields: "id") {
    id: ID!
    jobTracks: [JobTrack!]!
  }

  type JobTrack {
    id: ID!
    name: String!
  }
`;

const jobTracksSchema = () =>
  buildSubgraphSchema([
    {
      typeDefs: parse(jobTracksSdl),
      resolvers: {
        Participant: {
          __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
          jobTracks: (participant: { id: string }) => [
            { id: `${participant.id}-track`, name: 'Undersköterska Södertälje' },
          ],
        },
      },
    },
  ]);

async function startSubgraph(
  name: string,
  sdl: string,
  schema: GraphQLSchema,
  keys: IdentityVerifyKeys,
): Promise<TestSubgraph> {
  const received: ReceivedRequest[] = [];
  let hits = 0;
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const app = express();
  app.use(
    '/graphql',
    (_req, _res, next) => {
      hits += 1;
      next();
    },
    express.json(),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const body = req.body as {
          query?: string;
          operationName?: string | null;
          variables?: Record<string, unknown> | null;
        };
        const query = body.query ?? '';
        const token = req.get(identityHeader);
        try {
          if (!token) throw new Error('no identity');
          const { identity } = await verifyIdentity(token, {
            keys,
            audience: name,
            operation: { query, operationName: body.operationName, variables: body.variables },
          });
          received.push({ query, identity, correlationId: req.get('x-correlation-id') });
          return { identity };
        } catch {
          throw new GraphQLError('identity required', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
      },
    }),
  );
  const server = createServer(app);
  const port = await listenOnFreePort(server);
  return {
    name,
    sdl,
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    hits: () => hits,
    stop: async () => {
      await apollo.stop();
      await close(server);
    },
  };
}

/** The key set a subgraph holds for the gateway's key(s), as IDENTITY_VERIFY_KEYS gives it. */
function trusting(gatewayKeys: Ed25519Pair): IdentityVerifyKeys {
  return identityVerifyKeys(
    identityVerifyKeySet([{ key: gatewayKeys.publicKey, keyId: gatewayKeys.keyId }]),
  );
}

export function startParticipantsSubgraph(gatewayKeys: Ed25519Pair): Promise<TestSubgraph> {
  return startSubgraph(
    'participants',
    participantsSdl,
    participantsSchema(),
    trusting(gatewayKeys),
  );
}

/** Hyphenated on purpose: its URL variable is SUBGRAPH_JOB_TRACKS_URL. */
export function startJobTracksSubgraph(gatewayKeys: Ed25519Pair): Promise<TestSubgraph> {
  return startSubgraph('job-tracks', jobTracksSdl, jobTracksSchema(), trusting(gatewayKeys));
}
