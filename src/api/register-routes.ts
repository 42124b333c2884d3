import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../core/errors.ts';
import type { AppContext } from '../core/types.ts';
import { FileReply } from './file-reply.ts';
import { authorize, identify, SESSION_COOKIE } from './guard.ts';
import type { HttpExtras } from './http-extras.ts';
import { validationError } from './problem.ts';
import type { RouteDef } from './route.ts';

function parse(schema: z.ZodObject | undefined, value: unknown, where: 'params' | 'query' | 'body'): unknown {
  if (!schema) {
    // A route that takes no body still refuses one, so a mistaken call is not silently ignored.
    if (where === 'body' && value !== undefined && value !== null && !(typeof value === 'object' && Object.keys(value).length === 0)) {
      throw new AppError('validation_failed', 'This route takes no body; send none.', {
        problems: [{ field: 'body', message: 'this route takes no body' }],
      });
    }
    return undefined;
  }
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

function httpExtras(app: AppContext, req: FastifyRequest, reply: FastifyReply): HttpExtras {
  return {
    ip: req.ip,
    sessionToken: req.cookies[SESSION_COOKIE],
    startSession(session) {
      reply.setCookie(SESSION_COOKIE, session.token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.secureCookies,
        expires: session.expiresAt,
      });
      reply.header('x-csrf-token', session.csrfToken);
    },
    clearSession() {
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
    redirect(url) {
      void reply.redirect(url, 302);
    },
    requestBody: () => req.body as Readable,
    header: (name) => [req.headers[name]].flat()[0],
    declaredLength: req.headers['content-length'] ? Number(req.headers['content-length']) : undefined,
  };
}

/** Mounts each route behind the same steps: identify, validate params, authorize, validate input, run. */
export function registerRoutes(server: FastifyInstance, app: AppContext, routes: RouteDef[]): void {
  for (const route of routes.filter((r) => !r.rawBody)) mountRoute(server, app, route);
  // Uploads take any content type: the body reaches their handler unread, as a stream.
  void server.register(async (raw) => {
    raw.removeAllContentTypeParsers();
    raw.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
    for (const route of routes.filter((r) => r.rawBody)) mountRoute(raw, app, route);
  });
}

function mountRoute(server: FastifyInstance, app: AppContext, route: RouteDef): void {
  server.route({
    method: route.method,
    url: route.url,
    ...(route.bodyLimit && { bodyLimit: route.bodyLimit }),
    handler: async (req, reply) => {
      const caller = await identify(app, req);
      if (caller?.csrfToken) reply.header('x-csrf-token', caller.csrfToken);
      const params = parse(route.params, req.params, 'params') as Record<string, unknown> | undefined;
      const ctx = await authorize(app, route, caller, params ?? {});
      const query = parse(route.query, req.query, 'query');
      const body = route.rawBody ? undefined : parse(route.body, req.body, 'body');
      const result = await route.handler({ ctx, params, query, body, http: httpExtras(app, req, reply) } as never);
      // Another process hears of a change through the database; this one forgets at once.
      if (route.method !== 'GET') app.authCache.clear();
      if (reply.sent) return reply;
      if (result instanceof FileReply) return sendFile(reply, result);
      reply.status(route.response.status);
      return route.response.status === 204 ? reply.send() : reply.send(result);
    },
  });
}

function sendFile(reply: FastifyReply, { file }: FileReply): FastifyReply {
  reply.header('content-type', file.mimeType).header('cache-control', file.cacheControl);
  if (file.bytes != null) reply.header('content-length', file.bytes);
  if (file.filename) reply.header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  return reply.status(200).send(file.body);
}
