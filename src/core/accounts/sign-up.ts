import { sql } from 'drizzle-orm';
import { isUniqueViolation } from '../../db/errors.ts';
import { organizations, users } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import type { AppContext } from '../types.ts';
import type { Locale } from './locales.ts';
import { hashPassword } from './password.ts';

export interface SignUpInput {
  email: string;
  password: string;
  name: string;
  organization: string;
  locale?: Locale;
}

/** Creates an organization and its owner. */
export async function signUp(ctx: AppContext, input: SignUpInput): Promise<{ userId: string; organizationId: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.db.transaction(async (tx) => {
      const taken = await tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${input.email})`);
      if (taken.length > 0) throw emailTaken();
      const [org] = await tx.insert(organizations).values({ name: input.organization }).returning({ id: organizations.id });
      const [user] = await tx
        .insert(users)
        .values({
          organizationId: org!.id,
          email: input.email,
          name: input.name,
          passwordHash,
          orgRole: 'owner',
          locale: input.locale ?? 'en',
        })
        .returning({ id: users.id });
      await recordAudit(tx, {
        organizationId: org!.id,
        actorId: user!.id,
        action: 'organization.created',
        targetType: 'organization',
        targetId: org!.id,
        details: { name: input.organization },
      });
      return { userId: user!.id, organizationId: org!.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw emailTaken();
    throw err;
  }
}

const emailTaken = () =>
  new AppError('email_taken', 'An account with this email already exists. Sign in instead, or use another email.', {
    problems: [{ field: 'body.email', message: 'already registered' }],
  });
