import { eq } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import { appErrorOfFailure } from '../profiles/network-failure.ts';
import { withProfileSession } from '../profiles/profile-session.ts';
import type { WorkspaceContext } from '../types.ts';
import { findInboxItem } from './find-inbox-item.ts';
import { asNetworkItem } from './reply-inbox-item.ts';

/**
 * Likes the item, or hides it from the public, on its network, as the profile it reached. A network
 * that cannot do it says so; a hidden item is also completed, as nothing is left to answer.
 */
export async function actOnInboxItem(ctx: WorkspaceContext, input: { itemId: string; action: 'like' | 'hide' }): Promise<void> {
  const item = await findInboxItem(ctx, input.itemId);
  const inbox = ctx.networks.get(item.network)?.inbox;
  const act = input.action === 'like' ? inbox?.like : inbox?.hide;
  if (!inbox || !act) throw new AppError('conflict', input.action === 'like' ? `${item.network} does not let Canopy like items.` : `${item.network} does not let Canopy hide items.`);
  const done = await withProfileSession(ctx, item.profileId, (session) => act.call(inbox, session, { item: asNetworkItem(item) }));
  if (done.kind !== 'ok') throw appErrorOfFailure(ctx.networks.get(item.network)?.manifest.name ?? item.network, done);
  await ctx.db.transaction(async (tx) => {
    if (input.action === 'hide') await tx.update(inboxItems).set({ status: 'done', completedAt: item.completedAt ?? ctx.now() }).where(eq(inboxItems.id, item.id));
    await recordAudit(tx, { organizationId: ctx.workspace.organizationId, workspaceId: ctx.workspace.id, actorId: ctx.actor.userId, action: `inbox.${input.action === 'like' ? 'liked' : 'hidden'}`, targetType: 'inbox_item', targetId: item.id });
  });
}
