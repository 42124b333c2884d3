import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { AppError } from '../errors.ts';
import type { AppContext } from '../types.ts';
import { matchTotp } from './totp.ts';

/**
 * Accepts a TOTP code for a user once: the matched time step is stored, and a code from the same
 * or an earlier step is refused, so an overheard code cannot be replayed.
 */
export async function checkTotp(ctx: AppContext, user: { id: string; totpSecret: string | null }, code: string): Promise<void> {
  if (!user.totpSecret) throw new AppError('totp_invalid', 'Two-factor sign-in is not set up for this account.');
  const step = matchTotp(ctx.secrets.open(user.totpSecret), code, ctx.now());
  if (step === null) throw invalid();
  const updated = await ctx.db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  if (updated.length === 0) throw invalid();
}

const invalid = () =>
  new AppError('totp_invalid', 'That code is not valid. Enter the current 6-digit code from your authenticator app.', {
    problems: [{ field: 'body.totp', message: 'invalid or already used code' }],
  });
