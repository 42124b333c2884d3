import { and, eq, sql } from 'drizzle-orm';
import { inboxCursors, profiles } from '../../db/schema.ts';
import type { InboxItem } from '../../networks/adapter.ts';
import { withProfileSession } from '../profiles/profile-session.ts';
import type { AppContext } from '../types.ts';
import { ingestInboxItems } from './ingest-items.ts';

/** How far back a profile's inbox is read the first time, and at most. */
export const BACKFILL_DAYS = 7;
/** Pages read per kind in one poll; a longer backfill goes on at the next poll from its cursor. */
const MAX_PAGES = 20;

const KINDS = { comments: 'comment', mentions: 'mention', messages: 'message' } as const;

export interface PollResult {
  added: number;
  /** Kinds whose backfill has further to go. */
  backfilling: InboxItem['kind'][];
  failures: Array<{ kind: InboxItem['kind']; reason: string }>;
}

/**
 * Reads a profile's new comments, mentions and messages, newest first, until it meets what it has
 * already stored, the backfill horizon, or the end. A backfill longer than one poll goes on from
 * its stored cursor next time. A network failure for one kind leaves the others to go on.
 */
export async function pollInbox(ctx: AppContext, profileId: string): Promise<PollResult> {
  const [profile] = await ctx.db.select().from(profiles).where(eq(profiles.id, profileId));
  const adapter = profile ? ctx.networks.get(profile.network) : undefined;
  const result: PollResult = { added: 0, backfilling: [], failures: [] };
  if (!profile || !adapter?.inbox || profile.status !== 'connected') return result;
  const source = adapter.inbox;
  const horizon = ctx.now().getTime() - BACKFILL_DAYS * 86_400_000;

  for (const kind of adapter.manifest.capabilities.inbox.map((k) => KINDS[k])) {
    /** Reads pages from `cursor` until the end, the horizon or (with stopAtKnown) what is stored; returns where it stopped short, or null. */
    const read = async (cursor: string | null, stopAtKnown: boolean): Promise<string | null> => {
      for (let page = 0; page < MAX_PAGES; page++) {
        const fetched = await withProfileSession(ctx, profileId, (session) => source.fetch(session, { kind, cursor }));
        if (fetched.kind !== 'ok') {
          result.failures.push({ kind, reason: fetched.reason });
          return cursor;
        }
        const added = await ingestInboxItems(ctx.db, profile, fetched.value.items);
        result.added += added;
        cursor = fetched.value.cursor;
        const reachedHorizon = fetched.value.items.some((i) => i.createdAt.getTime() < horizon);
        if (!cursor || reachedHorizon || (stopAtKnown && added < fetched.value.items.length)) return null;
      }
      return cursor;
    };
    const [state] = await ctx.db.select().from(inboxCursors).where(and(eq(inboxCursors.profileId, profileId), eq(inboxCursors.kind, kind)));
    // The newest first, down to what is stored (on a first read, down to the horizon). What it
    // could not reach in one poll is left as a backfill, and a backfill goes on where it stopped.
    const gap = await read(null, Boolean(state));
    const backfillCursor = gap ?? (state?.backfillCursor ? await read(state.backfillCursor, false) : null);
    if (backfillCursor) result.backfilling.push(kind);
    await ctx.db
      .insert(inboxCursors)
      .values({ profileId, kind, backfillCursor, polledAt: ctx.now() })
      .onConflictDoUpdate({ target: [inboxCursors.profileId, inboxCursors.kind], set: { backfillCursor, polledAt: sql`excluded.polled_at` } });
  }
  return result;
}
