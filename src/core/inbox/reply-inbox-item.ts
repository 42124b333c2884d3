import { and, eq, isNull } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import type { InboxItem } from '../../networks/adapter.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import { appErrorOfFailure } from '../profiles/network-failure.ts';
import { withProfileSession } from '../profiles/profile-session.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem, type InboxItemRow } from './find-inbox-item.ts';
import { renderSavedReply } from './saved-replies.ts';

/** An item as its network's adapter knows it. */
export function asNetworkItem(row: InboxItemRow): InboxItem {
  return {
    remoteId: row.remoteId,
    kind: row.kind,
    threadId: row.threadId,
    ...(row.parentRemoteId ? { parentRemoteId: row.parentRemoteId } : {}),
    author: { remoteId: row.authorRemoteId, handle: row.authorHandle, displayName: row.authorName, ...(row.authorAvatarUrl ? { avatarUrl: row.authorAvatarUrl } : {}) },
    text: row.text,
    createdAt: row.sentAt,
    ...(row.url ? { url: row.url } : {}),
  };
}

/**
 * Answers an item in its thread, as the profile it reached, through the network. The first answer
 * sets the item's time to first response. A network's refusal comes back as its reason.
 */
export async function replyInboxItem(
  ctx: WorkspaceContext,
  input: { itemId: string; text?: string | undefined; savedReplyId?: string | undefined },
): Promise<{ remoteId: string; url: string | null }> {
  const item = await findInboxItem(ctx, input.itemId);
  const text = input.savedReplyId ? await renderSavedReply(ctx, input.savedReplyId, { name: item.authorName, handle: item.authorHandle }) : (input.text ?? '');
  const inbox = ctx.networks.get(item.network)?.inbox;
  if (!inbox) throw new AppError('network_rejected', `Canopy cannot answer on ${item.network}.`);
  const sent = await withProfileSession(ctx, item.profileId, (session) => inbox.reply(session, { item: asNetworkItem(item), text }));
  if (sent.kind !== 'ok') {
    const network = ctx.networks.get(item.network)?.manifest.name ?? item.network;
    // An answer that may have gone out is not worth sending twice without a look.
    if (sent.kind === 'unknown') throw new AppError('network_unavailable', `${sent.reason} The answer may have been sent: look in the thread before sending it again.`);
    throw appErrorOfFailure(network, sent);
  }
  await ctx.db.transaction(async (tx) => {
    await tx.update(inboxItems).set({ firstResponseAt: ctx.now() }).where(and(eq(inboxItems.id, item.id), isNull(inboxItems.firstResponseAt)));
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'inbox.replied',
      targetType: 'inbox_item',
      targetId: item.id,
      details: { remoteId: sent.value.remoteId },
    });
  });
  return { remoteId: sent.value.remoteId, url: sent.value.url };
}
