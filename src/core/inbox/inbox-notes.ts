import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { inboxNotes } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem } from './find-inbox-item.ts';

export interface InboxNoteView {
  id: string;
  authorId: string | null;
  body: string;
  createdAt: string;
}

const toView = (r: typeof inboxNotes.$inferSelect): InboxNoteView => ({ id: r.id, authorId: r.authorId, body: r.body, createdAt: r.createdAt.toISOString() });

/** Leaves a note on an item for the team; it never goes to the network. */
export async function addInboxNote(ctx: WorkspaceContext, input: { itemId: string; body: string }): Promise<InboxNoteView> {
  const item = await findInboxItem(ctx, input.itemId);
  const [row] = await ctx.db.insert(inboxNotes).values({ itemId: item.id, authorId: ctx.actor.userId, body: input.body }).returning();
  return toView(row!);
}

/** An item's notes, oldest first. */
export async function notesOf(db: Db | Tx, itemId: string): Promise<InboxNoteView[]> {
  return (await db.select().from(inboxNotes).where(eq(inboxNotes.itemId, itemId)).orderBy(asc(inboxNotes.createdAt), asc(inboxNotes.id))).map(toView);
}
