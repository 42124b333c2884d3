import { and, count, eq, gt, sql } from 'drizzle-orm';
import { loginFailures, users } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import type { OrgRole } from '../policies/roles.ts';
import type { Actor, AppContext } from '../types.ts';
import { checkTotp } from './check-totp.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { createSession, type NewSession } from './sessions.ts';

export interface LogInInput {
  email: string;
  password: string;
  totp?: string | undefined;
  /** The client's address, for rate limiting. */
  ip: string;
}

/** Many people can share one office address, so an address gets more tries than one account. */
const PER_IP_FACTOR = 5;

/** Signs in with email, password and, when enrolled, a TOTP code. Failed tries are rate limited. */
export async function logIn(ctx: AppContext, input: LogInInput): Promise<NewSession & { actor: Actor }> {
  const email = input.email.toLowerCase();
  await refuseWhenTooManyFailures(ctx, email, input.ip);

  const [user] = await ctx.db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !passwordOk) {
    await recordFailure(ctx, email, input.ip);
    throw new AppError('invalid_credentials', 'The email or password is not right.');
  }
  if (user.totpEnabledAt) {
    if (!input.totp) {
      throw new AppError('totp_required', 'Enter the 6-digit code from your authenticator app.', {
        problems: [{ field: 'body.totp', message: 'required for this account' }],
      });
    }
    try {
      await checkTotp(ctx, user, input.totp);
    } catch (err) {
      if (err instanceof AppError) await recordFailure(ctx, email, input.ip);
      throw err;
    }
  }
  await ctx.db.delete(loginFailures).where(eq(loginFailures.email, email));
  const actor: Actor = { userId: user.id, organizationId: user.organizationId, orgRole: user.orgRole as OrgRole };
  return { ...(await createSession(ctx, user.id)), actor };
}

async function refuseWhenTooManyFailures(ctx: AppContext, email: string, ip: string): Promise<void> {
  const since = new Date(ctx.now().getTime() - ctx.config.loginWindowMinutes * 60_000);
  const [byEmail] = await ctx.db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), gt(loginFailures.createdAt, since)));
  const [byIp] = await ctx.db
    .select({ n: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gt(loginFailures.createdAt, since)));
  const max = ctx.config.loginMaxFailures;
  if ((byEmail?.n ?? 0) >= max || (byIp?.n ?? 0) >= max * PER_IP_FACTOR) {
    throw new AppError(
      'rate_limited',
      `Too many failed sign-ins. Wait ${ctx.config.loginWindowMinutes} minutes and try again.`,
      { retryAfterSeconds: ctx.config.loginWindowMinutes * 60 },
    );
  }
}

async function recordFailure(ctx: AppContext, email: string, ip: string): Promise<void> {
  await ctx.db.insert(loginFailures).values({ email, ip });
}
