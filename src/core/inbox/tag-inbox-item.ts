import { eq } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem } from './find-inbox-item.ts';
import { inboxClockOf, toInboxItemView, type InboxItemView } from './inbox-item-view.ts';

/** Adds and removes tags; a tag is kept once, in the order first given. */
export async function tagInboxItem(ctx: WorkspaceContext, input: { itemId: string; add: string[]; remove: string[] }): Promise<InboxItemView> {
  const clock = await inboxClockOf(ctx);
  return ctx.db.transaction(async (tx) => {
    const item = await findInboxItem(ctx, input.itemId, tx);
    const removed = new Set(input.remove);
    const tags = [...new Set([...item.tags, ...input.add])].filter((t) => !removed.has(t));
    const [row] = await tx.update(inboxItems).set({ tags }).where(eq(inboxItems.id, item.id)).returning();
    return toInboxItemView(row!, clock);
  });
}
