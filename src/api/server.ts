import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { AppError, errorStatus, type ErrorCode } from '../core/errors.ts';
import type { AppContext } from '../core/types.ts';
import type { JobQueue } from '../jobs/queue.ts';
import { buildOpenApi } from './openapi.ts';
import { sendProblem } from './problem.ts';
import { registerRoutes } from './register-routes.ts';
import { apiRoutes } from './routes/index.ts';

const webRoot = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Fastify's own 4xx errors (bad JSON, body too large, wrong content type) in Canopy's words. */
function fastifyClientError(err: { statusCode?: number; code?: string; message: string }): AppError | null {
  const status = err.statusCode ?? 500;
  if (status < 400 || status >= 500) return null;
  const byStatus: Partial<Record<number, [ErrorCode, string]>> = {
    400: ['malformed_json', `The request body could not be read: ${err.message}. Send valid JSON.`],
    404: ['not_found', 'There is nothing at this address.'],
    413: ['payload_too_large', 'The request body is too large.'],
    415: ['unsupported_media_type', 'Send the body as application/json.'],
  };
  const [code, message] = byStatus[status] ?? ['validation_failed', err.message];
  return new AppError(code in errorStatus ? code : 'validation_failed', message);
}

export interface ServerDeps {
  app: AppContext;
  queue: JobQueue | null;
}

export async function buildServer({ app, queue }: ServerDeps): Promise<FastifyInstance> {
  const server = Fastify({
    loggerInstance: app.log as FastifyBaseLogger,
    bodyLimit: app.config.bodyLimitBytes,
    trustProxy: app.config.trustProxy,
  });
  await server.register(fastifyCookie);
  server.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
  });

  server.setErrorHandler((err, req, reply) => {
    if (err instanceof AppError) return sendProblem(reply, err);
    const clientError = fastifyClientError(err as { statusCode?: number; code?: string; message: string });
    if (clientError) return sendProblem(reply, clientError);
    req.log.error({ err }, 'request failed');
    return sendProblem(reply, new AppError('internal', 'Something went wrong on our side. It has been logged; try again.'));
  });

  server.get('/api/health', async (_req, reply) => {
    const checks = { database: false, queue: queue ? queue.isPolling() : true };
    try {
      await app.db.execute(sql`select 1`);
      checks.database = true;
    } catch (err) {
      app.log.warn({ err }, 'health: database did not answer');
    }
    const ok = checks.database && checks.queue;
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks });
  });
  // A route that does nothing, to measure the server's own floor against.
  server.get('/api/hello', async () => ({ hello: 'world' }));

  registerRoutes(server, app, apiRoutes);

  const openapi = buildOpenApi(apiRoutes, app.config.publicUrl);
  server.get('/api/openapi.json', async () => openapi);
  await server.register(fastifySwagger, { mode: 'static', specification: { document: openapi as never } });
  await server.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const hasWeb = fs.existsSync(webRoot);
  if (hasWeb) await server.register(fastifyStatic, { root: webRoot, wildcard: false });
  server.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !hasWeb || req.method !== 'GET') {
      return sendProblem(reply, new AppError('not_found', `There is nothing at ${req.method} ${req.url.split('?')[0]}.`));
    }
    // The web app routes on the client: every other GET gets its shell.
    return reply.type('text/html').sendFile('index.html');
  });
  return server;
}
