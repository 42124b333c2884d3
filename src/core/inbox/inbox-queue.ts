import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { profiles } from '../../db/schema.ts';
import type { AppContext } from '../types.ts';

/** The queue of inbox reads, one job per profile. */
export const POLL_INBOX_QUEUE = 'poll-inbox-v1';

/** Asks for a read of one profile's inbox: at once after it is connected (its backfill), and every minute. */
export function enqueueInboxPoll(ctx: AppContext, input: { profileId: string; tx?: Tx }): Promise<void> {
  return ctx.jobs.send(POLL_INBOX_QUEUE, { profileId: input.profileId }, input.tx ? { tx: input.tx } : {});
}

/** Enqueues a read for every connected profile whose network has an inbox Canopy reads. */
export async function enqueueInboxPolls(ctx: AppContext): Promise<number> {
  const networks = [...ctx.networks.entries()].filter(([, a]) => a.inbox && a.manifest.capabilities.inbox.length > 0).map(([id]) => id);
  if (networks.length === 0) return 0;
  const rows = await ctx.db.select({ id: profiles.id }).from(profiles).where(and(eq(profiles.status, 'connected'), inArray(profiles.network, networks)));
  for (const row of rows) await enqueueInboxPoll(ctx, { profileId: row.id });
  return rows.length;
}
