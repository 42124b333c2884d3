import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { prepared } from '../../db/prepared.ts';
import { apiTokens, organizations, users } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors.ts';
import type { OrgRole } from '../policies/roles.ts';
import type { Actor, ActorContext, AppContext } from '../types.ts';
import { hashToken, newOpaqueToken } from './opaque-token.ts';

/** Personal API tokens act as the person who made them, with the same roles. */
export async function createApiToken(ctx: ActorContext, input: { name: string }): Promise<{ id: string; name: string; token: string }> {
  const { token, hash } = newOpaqueToken('canopy');
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: ctx.actor.userId, name: input.name, tokenHash: hash, prefix: token.slice(0, 12) })
      .returning({ id: apiTokens.id });
    await recordAudit(tx, {
      organizationId: ctx.actor.organizationId,
      actorId: ctx.actor.userId,
      action: 'token.created',
      targetType: 'api_token',
      targetId: row!.id,
      details: { name: input.name },
    });
    return { id: row!.id, name: input.name, token };
  });
}

export async function listApiTokens(ctx: ActorContext) {
  return ctx.db
    .select({ id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(eq(apiTokens.userId, ctx.actor.userId))
    .orderBy(desc(apiTokens.createdAt));
}

export async function deleteApiToken(ctx: ActorContext, input: { tokenId: string }): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(apiTokens)
      .where(and(eq(apiTokens.id, input.tokenId), eq(apiTokens.userId, ctx.actor.userId)))
      .returning({ name: apiTokens.name });
    if (!row) throw notFound('The token');
    await recordAudit(tx, {
      organizationId: ctx.actor.organizationId,
      actorId: ctx.actor.userId,
      action: 'token.deleted',
      targetType: 'api_token',
      targetId: input.tokenId,
      details: { name: row.name },
    });
  });
}

/** Time between lastUsedAt writes, so a busy script does not write on every request. */
const TOUCH_EVERY_MS = 60_000;

const findToken = (db: Db) =>
  db
    .select({
      id: apiTokens.id,
      lastUsedAt: apiTokens.lastUsedAt,
      userId: users.id,
      organizationId: users.organizationId,
      orgRole: users.orgRole,
      requireTotp: organizations.requireTotp,
      totpEnabledAt: users.totpEnabledAt,
    })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(eq(apiTokens.tokenHash, sql.placeholder('hash')))
    .prepare('resolve_api_token');

export async function resolveApiToken(ctx: AppContext, token: string): Promise<{ actor: Actor; mustEnrollTotp: boolean } | null> {
  const hash = hashToken(token);
  const now = ctx.now();
  const row = await ctx.authCache.remember(`token:${hash}`, now.getTime(), async () => {
    const [found] = await prepared(ctx.db, 'resolve_api_token', findToken).execute({ hash });
    return found ?? null;
  });
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    // The cached row learns it too, so the next request does not write again.
    row.lastUsedAt = now;
    await ctx.db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.id));
  }
  return {
    actor: { userId: row.userId, organizationId: row.organizationId, orgRole: row.orgRole as OrgRole },
    mustEnrollTotp: row.requireTotp && row.totpEnabledAt === null,
  };
}
