import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { profiles } from '../../db/schema.ts';
import type { AppContext } from '../types.ts';
import { refreshProfile, type RefreshResult } from './refresh-profile.ts';

/** Tokens are refreshed this long before they expire. */
const AHEAD_MS = 15 * 60_000;

/** Refreshes every connected profile whose token runs out soon (a scheduled job). */
export async function refreshDueProfiles(ctx: AppContext): Promise<Record<RefreshResult, number>> {
  const now = ctx.now();
  const due = await ctx.db
    .select({ id: profiles.id })
    .from(profiles)
    .where(
      and(
        eq(profiles.status, 'connected'),
        lt(profiles.tokenExpiresAt, new Date(now.getTime() + AHEAD_MS)),
        or(isNull(profiles.rateLimitedUntil), lt(profiles.rateLimitedUntil, now)),
      ),
    );
  const counts: Record<RefreshResult, number> = { refreshed: 0, skipped: 0, needs_reconnect: 0, retry_later: 0 };
  for (const { id } of due) counts[await refreshProfile(ctx, id)]++;
  return counts;
}
