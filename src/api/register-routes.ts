import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../core/errors.ts';
import type { AppContext } from '../core/types.ts';
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
  };
}

/** Mounts each route behind the same steps: identify, validate params, authorize, validate input, run. */
export function registerRoutes(server: FastifyInstance, app: AppContext, routes: RouteDef[]): void {
  for (const route of routes) {
    server.route({
      method: route.method,
      url: route.url,
      handler: async (req, reply) => {
        const caller = await identify(app, req);
        if (caller?.csrfToken) reply.header('x-csrf-token', caller.csrfToken);
        const params = parse(route.params, req.params, 'params') as Record<string, unknown> | undefined;
        const ctx = await authorize(app, route, caller, params ?? {});
        const query = parse(route.query, req.query, 'query');
        const body = parse(route.body, req.body, 'body');
        const result = await route.handler({ ctx, params, query, body, http: httpExtras(app, req, reply) } as never);
        // Another process hears of a change through the database; this one forgets at once.
        if (route.method !== 'GET') app.authCache.clear();
        if (reply.sent) return reply;
        reply.status(route.response.status);
        return route.response.status === 204 ? reply.send() : reply.send(result);
      },
    });
  }
}
