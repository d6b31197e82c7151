import { devLogin, postGraphql, type GraphqlResponse } from '@jobbnatet/testing';

/** One root field of a batched mutation: its arguments with their GraphQL types. */
export interface FieldCall {
  args: Record<string, { type: string; value: unknown }>;
}

type GraphqlError = NonNullable<GraphqlResponse<unknown>['errors']>[number] & {
  path?: (string | number)[];
};

/** The gateway's alias limit (GRAPHQL_MAX_ALIASES, 15 by default) bounds one batch. */
const batchSize = 15;
/** Chunks of one batch sent at once: the services' own work, not the round trips, bounds it. */
const chunksInFlight = 2;
const retryDelayMs = 150;
const retryWindowMs = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Talks to the gateway as the dev users: one token per user, single operations, and batches of
 * one mutation field under aliases (one request, up to 15 calls). A call refused as retryable (a
 * replica that has not yet seen what another service just published) is retried alone.
 */
export class GatewayClient {
  private readonly tokens = new Map<string, Promise<string>>();
  private readonly graphqlUrl: string;

  constructor(private readonly gatewayUrl: string) {
    this.graphqlUrl = new URL('/graphql', gatewayUrl).toString();
  }

  private token(user: string): Promise<string> {
    let token = this.tokens.get(user);
    if (!token) {
      token = devLogin(this.gatewayUrl, user);
      this.tokens.set(user, token);
    }
    return token;
  }

  /** One operation that must succeed, retried while it is refused as retryable. */
  async run<T>(user: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const started = Date.now();
    for (;;) {
      const response = await postGraphql<T>(this.graphqlUrl, query, variables, {
        authorization: `Bearer ${await this.token(user)}`,
      });
      if (!response.errors) return response.data!;
      if (!isRetryable(response.errors) || Date.now() - started > retryWindowMs) {
        throw new Error(`${user}: ${describe(query)}: ${JSON.stringify(response.errors)}`);
      }
      await sleep(retryDelayMs);
    }
  }

  /** One operation whose errors the caller reads (e.g. a conflict meaning "already there"). */
  async attempt<T>(user: string, query: string, variables: Record<string, unknown> = {}) {
    return postGraphql<T>(this.graphqlUrl, query, variables, {
      authorization: `Bearer ${await this.token(user)}`,
    });
  }

  /**
   * Calls `field` once per entry of `calls`, batched; answers in the order of `calls`. Every call
   * must succeed (after retries).
   */
  async batch<T>(user: string, field: string, selection: string, calls: FieldCall[]): Promise<T[]> {
    const chunks: FieldCall[][] = [];
    for (let from = 0; from < calls.length; from += batchSize) {
      chunks.push(calls.slice(from, from + batchSize));
    }
    const answers = await inParallel(chunks, chunksInFlight, (chunk) =>
      this.runChunk<T>(user, field, selection, chunk),
    );
    return answers.flat();
  }

  private async runChunk<T>(
    user: string,
    field: string,
    selection: string,
    calls: FieldCall[],
  ): Promise<T[]> {
    const variables: Record<string, unknown> = {};
    const declarations: string[] = [];
    const fields = calls.map((call, i) => {
      const args = Object.entries(call.args).map(([name, { type, value }]) => {
        declarations.push(`$${name}${i}: ${type}`);
        variables[`${name}${i}`] = value;
        return `${name}: $${name}${i}`;
      });
      return `c${i}: ${field}(${args.join(', ')}) ${selection}`;
    });
    const query = `mutation Demo${field}(${declarations.join(', ')}) { ${fields.join(' ')} }`;
    const response = await this.attempt<Record<string, T | null>>(user, query, variables);
    const failed = new Set(
      (response.errors ?? []).map((error: GraphqlError) => String(error.path?.[0] ?? '')),
    );
    if (response.errors && (failed.has('') || !isRetryable(response.errors))) {
      throw new Error(`${user}: ${field}: ${JSON.stringify(response.errors)}`);
    }
    return Promise.all(
      calls.map(async (call, i) => {
        const answer = response.data?.[`c${i}`];
        if (!failed.has(`c${i}`) && answer) return answer;
        const single = `mutation Demo${field}(${Object.entries(call.args)
          .map(([name, { type }]) => `$${name}: ${type}`)
          .join(', ')}) { c: ${field}(${Object.keys(call.args)
          .map((name) => `${name}: $${name}`)
          .join(', ')}) ${selection} }`;
        const values = Object.fromEntries(
          Object.entries(call.args).map(([name, { value }]) => [name, value]),
        );
        return (await this.run<{ c: T }>(user, single, values)).c;
      }),
    );
  }
}

/** `input` of type `type`: the usual single argument. */
export const input = (type: string, value: unknown): FieldCall => ({
  args: { input: { type, value } },
});

/**
 * A replica that has not yet seen what another service published (`retryable`), or a service the
 * gateway could not reach or whose database was away (SERVICE_UNAVAILABLE: "try again").
 */
function isRetryable(errors: GraphqlError[]): boolean {
  return errors.every(
    (error) =>
      error.extensions?.retryable === true || error.extensions?.code === 'SERVICE_UNAVAILABLE',
  );
}

function describe(query: string): string {
  return query.replace(/\s+/g, ' ').slice(0, 80);
}

/** Runs `task` over `items`, `width` at a time. */
export async function inParallel<T, R>(
  items: readonly T[],
  width: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!, i);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
