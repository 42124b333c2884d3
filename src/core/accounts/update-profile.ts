import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import type { ActorContext } from '../types.ts';
import type { Locale } from './locales.ts';

/** A person's own name and language. */
export async function updateProfile(ctx: ActorContext, input: { name?: string | undefined; locale?: Locale | undefined }): Promise<void> {
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length === 0) return;
  await ctx.db.update(users).set(changes).where(eq(users.id, ctx.actor.userId));
}
