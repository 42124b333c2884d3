import { and, asc, eq } from 'drizzle-orm';
import { inboxItems, posts, postTargets } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem } from './find-inbox-item.ts';
import { inboxClockOf, toInboxItemView, type InboxItemView } from './inbox-item-view.ts';
import { notesOf, type InboxNoteView } from './inbox-notes.ts';

export interface InboxItemDetail extends InboxItemView {
  /** The whole conversation on this profile, oldest first, this item included. */
  conversation: InboxItemView[];
  /** Our published post it answers. */
  post: { id: string; text: string; url: string | null } | null;
  notes: InboxNoteView[];
}

export async function getInboxItem(ctx: WorkspaceContext, itemId: string): Promise<InboxItemDetail> {
  const [row, clock] = await Promise.all([findInboxItem(ctx, itemId), inboxClockOf(ctx)]);
  const [conversation, [post], notes] = await Promise.all([
    ctx.db
      .select()
      .from(inboxItems)
      .where(and(eq(inboxItems.profileId, row.profileId), eq(inboxItems.threadId, row.threadId)))
      .orderBy(asc(inboxItems.sentAt), asc(inboxItems.id)),
    row.postTargetId
      ? ctx.db
          .select({ id: posts.id, text: postTargets.text, url: postTargets.remoteUrl })
          .from(postTargets)
          .innerJoin(posts, eq(posts.id, postTargets.postId))
          .where(eq(postTargets.id, row.postTargetId))
      : [],
    notesOf(ctx.db, row.id),
  ]);
  return { ...toInboxItemView(row, clock), conversation: conversation.map((r) => toInboxItemView(r, clock)), post: post ?? null, notes };
}
