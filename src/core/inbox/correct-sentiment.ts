import { eq } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem } from './find-inbox-item.ts';
import { inboxClockOf, toInboxItemView, type InboxItemView } from './inbox-item-view.ts';

/** A person's reading of the item's tone, kept over the one read on arrival. */
export async function correctSentiment(ctx: WorkspaceContext, input: { itemId: string; sentiment: InboxItemView['sentiment'] }): Promise<InboxItemView> {
  const [item, clock] = await Promise.all([findInboxItem(ctx, input.itemId), inboxClockOf(ctx)]);
  const [row] = await ctx.db.update(inboxItems).set({ sentiment: input.sentiment, sentimentCorrected: true }).where(eq(inboxItems.id, item.id)).returning();
  return toInboxItemView(row!, clock);
}
