import { and, eq } from 'drizzle-orm';
import { profiles } from '../../db/schema.ts';
import type { PushedItem } from '../../networks/adapter.ts';
import type { AppContext } from '../types.ts';
import { ingestInboxItems } from './ingest-items.ts';

/**
 * Stores pushed items with every connected profile of the account they reached (an account may be
 * connected in more than one workspace). Items for an account Canopy does not know are dropped.
 */
export async function ingestPushedItems(ctx: AppContext, network: string, pushed: PushedItem[]): Promise<number> {
  const byAccount = new Map<string, PushedItem[]>();
  for (const p of pushed) {
    const items = byAccount.get(p.accountRemoteId);
    if (items) items.push(p);
    else byAccount.set(p.accountRemoteId, [p]);
  }
  let added = 0;
  for (const [account, items] of byAccount) {
    const reached = await ctx.db
      .select({ id: profiles.id, workspaceId: profiles.workspaceId, network: profiles.network })
      .from(profiles)
      .where(and(eq(profiles.network, network), eq(profiles.remoteId, account), eq(profiles.status, 'connected')));
    for (const profile of reached) added += await ingestInboxItems(ctx.db, profile, items.map((p) => p.item));
  }
  return added;
}
