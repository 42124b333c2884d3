import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { inboxItems } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { visibleInboxItems } from './inbox-item-view.ts';

export type InboxItemRow = typeof inboxItems.$inferSelect;

/** One item this caller may see, or not found: another workspace's, or a profile kept from them. */
export async function findInboxItem(ctx: WorkspaceContext, itemId: string, db: Db | Tx = ctx.db): Promise<InboxItemRow> {
  const [row] = await db.select().from(inboxItems).where(and(eq(inboxItems.id, itemId), visibleInboxItems(ctx)));
  if (!row) throw notFound('The inbox item');
  return row;
}
