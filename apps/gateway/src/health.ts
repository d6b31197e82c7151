import express, { type Router } from 'express';

/**
 * Liveness: the process answers. Readiness: the gateway has loaded its supergraph and is listening;
 * the gateway has no database, and subgraphs report their own readiness.
 */
export function healthRouter(isReady: () => boolean): Router {
  const router = express.Router();
  router.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/health/ready', (_req, res) => {
    if (isReady()) res.json({ status: 'ok' });
    else res.status(503).json({ status: 'starting' });
  });
  return router;
}
