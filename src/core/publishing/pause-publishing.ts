import { and, eq, isNull } from 'drizzle-orm';
import { users, workspaces } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { notifyPublishing } from './notify-publishing.ts';

/**
 * Stops all publishing in the workspace, at once: no job takes a target while it is paused, and the
 * overdue sweep leaves the workspace alone. Posts stay scheduled; resuming decides what becomes of
 * those whose time passes meanwhile.
 */
export async function pausePublishing(ctx: WorkspaceContext, input: { reason: string }): Promise<void> {
  const at = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const [paused] = await tx
      .update(workspaces)
      .set({ publishingPausedAt: at, publishingPausedBy: ctx.actor.userId, publishingPauseReason: input.reason })
      .where(and(eq(workspaces.id, ctx.workspace.id), isNull(workspaces.publishingPausedAt)))
      .returning({ id: workspaces.id });
    if (!paused) throw new AppError('conflict', 'Publishing is already paused here.');
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'publishing.paused',
      targetType: 'workspace',
      targetId: ctx.workspace.id,
      details: { reason: input.reason },
    });
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, ctx.actor.userId));
    await notifyPublishing(tx, { workspaceId: ctx.workspace.id, kind: 'publishing.paused', params: { by: me?.name ?? '', reason: input.reason }, at });
  });
}
