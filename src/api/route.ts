import type { z } from 'zod';
import type { OrganizationPermission, Permission } from '../core/policies/permissions.ts';
import type { ActorContext, AppContext, WorkspaceContext } from '../core/types.ts';
import type { HttpExtras } from './http-extras.ts';

/** Who may call a route. The guard checks this and nothing else decides access. */
export type Access =
  | { kind: 'public' }
  /** Any signed-in person; the command itself is scoped to the actor. */
  | { kind: 'signed_in' }
  | { kind: 'organization'; permission: OrganizationPermission }
  /** The route has a :workspaceId param; the actor must have a role there that holds the permission. */
  | { kind: 'workspace'; permission: Permission };

type ZodObj = z.ZodObject;
type Infer<S> = S extends ZodObj ? z.output<S> : undefined;

type ContextFor<A extends Access> = A extends { kind: 'workspace' }
  ? WorkspaceContext
  : A extends { kind: 'public' }
    ? AppContext & { actor?: ActorContext['actor'] | undefined }
    : ActorContext;

export interface RouteInput<A extends Access, P, Q, B> {
  ctx: ContextFor<A>;
  params: Infer<P>;
  query: Infer<Q>;
  body: Infer<B>;
  http: HttpExtras;
}

export interface RouteDef<A extends Access = Access, P = ZodObj | undefined, Q = ZodObj | undefined, B = ZodObj | undefined> {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Fastify path syntax: /api/v1/workspaces/:workspaceId */
  url: string;
  summary: string;
  tag: string;
  access: A;
  /** Let people whose organization requires two-factor sign-in reach this route before they enroll. */
  beforeTotpEnrollment?: boolean;
  params?: P;
  query?: Q;
  body?: B;
  /** The body is the raw request (any content type), read by the handler as a stream from `http.requestBody()`. */
  rawBody?: boolean;
  /** The largest request body this route takes, in bytes, when it needs more than the server's default. */
  bodyLimit?: number;
  /** Success status and the shape of what is returned, for the OpenAPI document. */
  response: { status: 200 | 201 | 202 | 204; schema?: z.ZodType };
  handler: (input: RouteInput<A, P, Q, B>) => Promise<unknown>;
}

/** Keeps each route's types precise while letting the server hold them in one list. */
export function defineRoute<A extends Access, P extends ZodObj | undefined = undefined, Q extends ZodObj | undefined = undefined, B extends ZodObj | undefined = undefined>(
  def: RouteDef<A, P, Q, B>,
): RouteDef {
  return def as unknown as RouteDef;
}
