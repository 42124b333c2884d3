import { eq } from 'drizzle-orm';
import { workspaces, type WorkspaceInboxSettings } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

export async function getInboxSettings(ctx: WorkspaceContext): Promise<WorkspaceInboxSettings> {
  const [row] = await ctx.db.select({ inbox: workspaces.inbox }).from(workspaces).where(eq(workspaces.id, ctx.workspace.id));
  return row!.inbox;
}

/** Sets when the team answers (business hours, in the workspace's zone) and the answer-time target. */
export async function updateInboxSettings(ctx: WorkspaceContext, settings: WorkspaceInboxSettings): Promise<WorkspaceInboxSettings> {
  const hours = settings.businessHours;
  if (hours && hours.start >= hours.end) {
    throw new AppError('validation_failed', 'Business hours must end after they start.', { problems: [{ field: 'body.businessHours.end', message: 'must be later than start' }] });
  }
  const inbox = { businessHours: hours ? { ...hours, days: [...new Set(hours.days)].sort() } : null, slaMinutes: settings.slaMinutes };
  await ctx.db.transaction(async (tx) => {
    await tx.update(workspaces).set({ inbox }).where(eq(workspaces.id, ctx.workspace.id));
    await recordAudit(tx, { organizationId: ctx.workspace.organizationId, workspaceId: ctx.workspace.id, actorId: ctx.actor.userId, action: 'inbox.settings_updated', targetType: 'workspace', targetId: ctx.workspace.id, details: inbox });
  });
  return inbox;
}
