import { randomBytes } from 'node:crypto';
import { and, eq, gt } from 'drizzle-orm';
import { organizations, sessions, users } from '../../db/schema.ts';
import type { OrgRole } from '../policies/roles.ts';
import type { Actor, AppContext } from '../types.ts';
import { hashToken, newOpaqueToken } from './opaque-token.ts';

export interface NewSession {
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(ctx: AppContext, userId: string): Promise<NewSession> {
  const { token, hash } = newOpaqueToken('cs');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(ctx.now().getTime() + ctx.config.sessionDays * 86_400_000);
  await ctx.db.insert(sessions).values({ tokenHash: hash, userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

/** The signed-in person behind a session cookie, or null when it is unknown or expired. */
export async function resolveSession(
  ctx: AppContext,
  token: string,
): Promise<{ actor: Actor; csrfToken: string; mustEnrollTotp: boolean } | null> {
  const hash = hashToken(token);
  const now = ctx.now();
  const row = await ctx.authCache.remember(
    `session:${hash}`,
    now.getTime(),
    async () => {
      const [found] = await ctx.db
        .select({
          userId: users.id,
          organizationId: users.organizationId,
          orgRole: users.orgRole,
          csrfToken: sessions.csrfToken,
          expiresAt: sessions.expiresAt,
          requireTotp: organizations.requireTotp,
          totpEnabledAt: users.totpEnabledAt,
        })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .innerJoin(organizations, eq(organizations.id, users.organizationId))
        .where(and(eq(sessions.tokenHash, hash), gt(sessions.expiresAt, now)));
      return found ?? null;
    },
    (found) => found?.expiresAt.getTime() ?? null,
  );
  if (!row || row.expiresAt <= now) return null;
  return {
    actor: { userId: row.userId, organizationId: row.organizationId, orgRole: row.orgRole as OrgRole },
    csrfToken: row.csrfToken,
    mustEnrollTotp: row.requireTotp && row.totpEnabledAt === null,
  };
}

export async function endSession(ctx: AppContext, token: string): Promise<void> {
  await ctx.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}
