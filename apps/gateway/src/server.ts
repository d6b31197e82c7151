import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { requestHardeningPlugin } from '@jobbnatet/graphql-hardening';
import {
  createMetricsRegistry,
  graphqlObservabilityPlugin,
  httpServerSpans,
  latencyHistogram,
  serveMetrics,
  stopTracing,
  type MetricsEndpoint,
  type MetricsRegistry,
} from '@jobbnatet/telemetry';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import { authenticate, identityOf } from './auth/authenticate';
import { createDevIssuer } from './auth/dev-issuer';
import { cachingTokenVerifier, oidcTokenVerifier, type TokenVerifier } from './auth/token-verifier';
import { ConfigError, subgraphUrlVariable, type GatewayConfig } from './config';
import { createErrorFormatter, errorBody } from './errors';
import type { GatewayContext } from './gateway-context';
import { healthRouter } from './health';
import { IdentityForwardingDataSource } from './identity-forwarding';
import { apolloLogger, createLogger, type Logger, type LogSink } from './logger';
import { assignCorrelationId, correlationIdOf, enterRequestScope } from './request-scope';
import { graphqlSecurity } from './security/graphql-security';
import { readCommittedSupergraph, subgraphNamesOf } from './supergraph';

export interface GatewayServerOptions {
  /** Defaults to the committed `supergraph.graphql`; tests pass one composed from their own subgraphs. */
  supergraphSdl?: string;
  /** Where log lines go; defaults to stdout. */
  logSink?: LogSink;
}

export interface GatewayServer {
  app: Express;
  httpServer: Server;
  logger: Logger;
  metrics: MetricsRegistry;
  /**
   * Loads the supergraph and listens on `config.port` (0 picks a free port), with metrics on
   * `config.metricsPort` unless that port is taken (logged; the gateway serves on without them).
   */
  start(): Promise<{ url: string; port: number; metricsUrl?: string }>;
  /** Stops taking requests, lets running ones finish, and stops the gateway. */
  stop(): Promise<void>;
}

function subgraphUrlsFor(supergraphSdl: string, config: GatewayConfig): Record<string, string> {
  const names = subgraphNamesOf(supergraphSdl);
  const missing = names.filter((name) => config.subgraphUrls[name] === undefined);
  if (missing.length > 0)
    throw new ConfigError(missing.map((name) => `${subgraphUrlVariable(name)}: is required`));
  return Object.fromEntries(names.map((name) => [name, config.subgraphUrls[name] as string]));
}

/** Tokens remembered as verified: a busy region's sessions, bounded to a few MB. */
const verifiedTokensKept = 5000;

function tokenVerifier(config: GatewayConfig, app: Express, logger: Logger): TokenVerifier {
  return cachingTokenVerifier(issuerVerifier(config, app, logger), {
    maxTokens: verifiedTokensKept,
  });
}

function issuerVerifier(config: GatewayConfig, app: Express, logger: Logger): TokenVerifier {
  if (config.auth.kind === 'oidc') return oidcTokenVerifier(config.auth);
  const devIssuer = createDevIssuer(config.auth.key);
  if (devIssuer.ephemeral)
    logger.warn('DEV_ISSUER_KEY is not set: dev tokens are signed with a key made for this run');
  app.use(devIssuer.router);
  return devIssuer.verifier;
}

/** In development a browser may open the GraphQL landing page (static HTML) without a token. */
function isDevLandingPage(config: GatewayConfig) {
  return (req: Request) =>
    config.mode === 'development' &&
    req.method === 'GET' &&
    req.query.query === undefined &&
    req.accepts(['application/json', 'text/html']) === 'text/html';
}

function accessLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const startedAt = process.hrtime.bigint();
    // The path only: a GET query string holds the operation and its variables.
    const path = req.originalUrl.split('?')[0];
    res.on('finish', () => {
      logger.info('request', {
        correlationId: correlationIdOf(res),
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - startedAt) / 1_000_000n),
        userId: identityOf(res)?.userId,
      });
    });
    next();
  };
}

/**
 * helmet's usual headers. The GraphQL landing page (development only) loads its scripts and styles
 * from Apollo's CDN, so the content security policy is strict in production only.
 */
function securityHeaders(config: GatewayConfig) {
  return helmet({
    contentSecurityPolicy:
      config.mode === 'production' ? { directives: { defaultSrc: ["'none'"] } } : false,
    crossOriginEmbedderPolicy: false,
  });
}

/** Body-parser and other framework errors, answered without a stack whatever NODE_ENV says. */
function errorHandler(logger: Logger) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = (error as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const message =
        status === 413 ? 'Request body is too large' : 'Request body is not valid JSON';
      res.status(status).json(errorBody(message, 'BAD_REQUEST', correlationIdOf(res)));
      return;
    }
    logger.error('unhandled error', {
      correlationId: correlationIdOf(res),
      error: error instanceof Error ? error.message : 'unknown',
    });
    res
      .status(500)
      .json(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR', correlationIdOf(res)));
  };
}

export function createGatewayServer(
  config: GatewayConfig,
  options: GatewayServerOptions = {},
): GatewayServer {
  const logger = createLogger(config.logLevel, options.logSink);
  const supergraphSdl = options.supergraphSdl ?? readCommittedSupergraph();
  const subgraphUrls = subgraphUrlsFor(supergraphSdl, config);

  const metrics = createMetricsRegistry('gateway');
  const subgraphFetches = latencyHistogram(
    metrics,
    'jobbnatet_gateway_subgraph_fetch_duration_seconds',
    'Time of one fetch from a subgraph, by subgraph and outcome',
    ['subgraph', 'outcome'],
  );
  let metricsEndpoint: MetricsEndpoint | undefined;

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTs, never cached: hashing each body for an ETag is work for nothing.
  app.set('etag', false);
  app.use(httpServerSpans());
  app.use(securityHeaders(config));
  const httpServer = createServer(app);

  // @apollo/gateway otherwise sends usage telemetry to Apollo's servers (hourly, OTLP to
  // usage-reporting.api.apollographql.com) and probes cloud metadata endpoints at start: nothing of
  // a public-sector platform's traffic leaves for a vendor, and this environment variable is the
  // only switch it reads.
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: apolloLogger(logger),
    buildService: ({ name }) =>
      new IdentityForwardingDataSource({
        subgraphName: name,
        url: subgraphUrls[name] as string,
        signingKey: config.identitySigningKey,
        signingKeyId: config.identitySigningKeyId,
        fetchDuration: subgraphFetches,
      }),
  });
  const security = graphqlSecurity(config.mode, config.limits);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    ...security,
    plugins: [
      ...security.plugins,
      requestHardeningPlugin(),
      graphqlObservabilityPlugin(metrics),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
    formatError: createErrorFormatter(config.mode, logger),
    logger: apolloLogger(logger),
    // main.ts handles signals, so shutdown happens once and in order.
    stopOnTerminationSignals: false,
  });

  let ready = false;
  let started = false;
  app.use(assignCorrelationId, accessLog(logger));
  app.use(healthRouter(() => ready));
  const verifier = tokenVerifier(config, app, logger);
  // Filled in by start(): Apollo's middleware exists only once the server has started.
  const graphqlRouter = express.Router();
  app.use('/graphql', graphqlRouter);
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ error: 'not_found' });
  });
  app.use(errorHandler(logger));

  return {
    app,
    httpServer,
    logger,
    metrics,
    async start() {
      await apollo.start();
      started = true;
      graphqlRouter.use(
        authenticate(verifier, logger, { allowAnonymous: isDevLandingPage(config) }),
        express.json(),
        (req: Request, _res: Response, next: NextFunction) => {
          // A body that is not JSON (CSRF-prone text/plain) is left unparsed; the express integration
          // would answer 500 on a missing `req.body`, while Apollo itself answers such a request 400.
          req.body ??= undefined;
          next();
        },
        enterRequestScope,
        expressMiddleware(apollo, {
          context: async ({ res }) => {
            const identity = identityOf(res);
            if (!identity) {
              throw new GraphQLError('Authentication required', {
                extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
              });
            }
            return { identity, correlationId: correlationIdOf(res) };
          },
        }),
      );
      await new Promise<void>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          httpServer.off('error', reject);
          resolve();
        });
      });
      metricsEndpoint = await serveMetrics(metrics, config.metricsPort, config.host).catch(
        (error: Error) => {
          logger.warn('metrics not served', { error: error.message });
          return undefined;
        },
      );
      ready = true;
      const { port } = httpServer.address() as AddressInfo;
      logger.info('gateway listening', {
        host: config.host,
        port,
        mode: config.mode,
        subgraphs: Object.keys(subgraphUrls),
      });
      return {
        url: `http://127.0.0.1:${port}/graphql`,
        port,
        ...(metricsEndpoint ? { metricsUrl: metricsEndpoint.url } : {}),
      };
    },
    async stop() {
      ready = false;
      if (started) {
        // The drain plugin closes the HTTP server and waits for in-flight requests.
        await apollo.stop();
      } else if (httpServer.listening) {
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      }
      await metricsEndpoint?.close();
      await stopTracing();
      logger.info('gateway stopped');
    },
  };
}
