import { and, eq } from 'drizzle-orm';
import { profiles } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notify } from '../notifications/notify.ts';
import type { AppContext } from '../types.ts';
import { workspaceAdminIds } from '../workspaces/workspace-admins.ts';

/**
 * The network revoked Canopy's access. The profile stops being used until someone reconnects it,
 * and the workspace's admins hear of it once: only the change from connected does it.
 */
export async function markNeedsReconnect(ctx: AppContext, input: { profileId: string; reason: string }): Promise<boolean> {
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(profiles)
      .set({ status: 'needs_reconnect', statusReason: input.reason })
      .where(and(eq(profiles.id, input.profileId), eq(profiles.status, 'connected')))
      .returning();
    if (!row) return false;
    await notify(tx, {
      userIds: await workspaceAdminIds(tx, row.workspaceId),
      workspaceId: row.workspaceId,
      kind: 'profile.needs_reconnect',
      params: { profileId: row.id, network: row.network, handle: row.handle, reason: input.reason },
      dedupeKey: `profile.needs_reconnect:${row.id}:${(row.refreshedAt ?? row.createdAt).toISOString()}`,
    });
    await recordAudit(tx, {
      organizationId: row.organizationId,
      workspaceId: row.workspaceId,
      actorId: null,
      action: 'profile.needs_reconnect',
      targetType: 'profile',
      targetId: row.id,
      details: { network: row.network, reason: input.reason },
    });
    return true;
  });
}
