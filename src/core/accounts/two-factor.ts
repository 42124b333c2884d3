import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError, notFound } from '../errors.ts';
import type { ActorContext } from '../types.ts';
import { checkTotp } from './check-totp.ts';
import { newTotpSecret, totpUri } from './totp.ts';

/** Starts enrolling: a fresh secret is stored sealed, and shown once for the authenticator app. */
export async function beginTotpSetup(ctx: ActorContext): Promise<{ secret: string; otpauthUrl: string }> {
  const user = await loadUser(ctx);
  if (user.totpEnabledAt) throw new AppError('conflict', 'Two-factor sign-in is already on. Turn it off first to change devices.');
  const secret = newTotpSecret();
  await ctx.db.update(users).set({ totpSecret: ctx.secrets.seal(secret), totpLastStep: null }).where(eq(users.id, user.id));
  return { secret, otpauthUrl: totpUri(secret, user.email) };
}

/** Finishes enrolling once the person proves the app shows the right codes. */
export async function enableTotp(ctx: ActorContext, input: { code: string }): Promise<void> {
  const user = await loadUser(ctx);
  if (user.totpEnabledAt) throw new AppError('conflict', 'Two-factor sign-in is already on.');
  if (!user.totpSecret) throw new AppError('conflict', 'Start the setup first, then enter a code.');
  await checkTotp(ctx, user, input.code);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabledAt: ctx.now() }).where(eq(users.id, user.id));
    await recordAudit(tx, { organizationId: ctx.actor.organizationId, actorId: user.id, action: 'totp.enabled', targetType: 'user', targetId: user.id });
  });
}

export async function disableTotp(ctx: ActorContext, input: { code: string }): Promise<void> {
  const user = await loadUser(ctx);
  if (!user.totpEnabledAt) throw new AppError('conflict', 'Two-factor sign-in is not on.');
  await checkTotp(ctx, user, input.code);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabledAt: null, totpSecret: null, totpLastStep: null }).where(eq(users.id, user.id));
    await recordAudit(tx, { organizationId: ctx.actor.organizationId, actorId: user.id, action: 'totp.disabled', targetType: 'user', targetId: user.id });
  });
}

async function loadUser(ctx: ActorContext) {
  const [user] = await ctx.db.select().from(users).where(eq(users.id, ctx.actor.userId));
  if (!user) throw notFound('Your account');
  return user;
}
