import type { FastifyRequest } from 'fastify';
import { resolveApiToken } from '../core/accounts/api-tokens.ts';
import { resolveSession } from '../core/accounts/sessions.ts';
import { AppError, forbidden } from '../core/errors.ts';
import { can, organizationPermissionTable } from '../core/policies/permissions.ts';
import type { Actor, AppContext } from '../core/types.ts';
import { enterWorkspace } from '../core/workspaces/enter-workspace.ts';
import type { RouteDef } from './route.ts';

export const SESSION_COOKIE = 'canopy_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface Caller {
  actor: Actor;
  mustEnrollTotp: boolean;
  /** Set for cookie sessions, so the response can hand the CSRF token back. */
  csrfToken?: string;
}

/**
 * Who is calling. A Bearer token needs no CSRF token; a session cookie does on every write, in
 * the x-csrf-token header, since browsers send cookies on their own.
 */
export async function identify(app: AppContext, req: FastifyRequest): Promise<Caller | null> {
  const authz = req.headers.authorization;
  if (authz !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authz);
    const found = match ? await resolveApiToken(app, match[1]!) : null;
    if (!found) throw new AppError('unauthenticated', 'The API token is not valid. Create a new one under Settings → API tokens.');
    return found;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await resolveSession(app, cookie);
  if (!session) return null;
  if (!SAFE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== session.csrfToken) {
    throw new AppError('csrf_failed', 'The x-csrf-token header is missing or stale. Reload the page and try again.');
  }
  return session;
}

/** The one permission check: every route passes through here before its handler runs. */
export async function authorize(
  app: AppContext,
  route: RouteDef,
  caller: Caller | null,
  params: Record<string, unknown>,
): Promise<AppContext & { actor?: Actor }> {
  const access = route.access;
  if (access.kind === 'public') return caller ? { ...app, actor: caller.actor } : app;
  if (!caller) throw new AppError('unauthenticated', 'Sign in first, or send an API token as "Authorization: Bearer …".');
  if (caller.mustEnrollTotp && !route.beforeTotpEnrollment) {
    throw new AppError('totp_enrollment_required', 'Your organization requires two-factor sign-in. Set it up under Settings → Security first.');
  }
  const ctx = { ...app, actor: caller.actor };
  if (access.kind === 'organization') {
    if (!(organizationPermissionTable[access.permission] as readonly string[]).includes(caller.actor.orgRole)) throw forbidden();
    return ctx;
  }
  if (access.kind === 'workspace') {
    const scoped = await enterWorkspace(ctx, String(params.workspaceId));
    if (!can(scoped.workspace.role, access.permission)) throw forbidden();
    return scoped;
  }
  return ctx;
}
