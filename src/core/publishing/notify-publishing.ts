import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { workspaceMembers } from '../../db/schema.ts';
import { notify } from '../notifications/notify.ts';
import { workspaceAdminIds } from '../workspaces/workspace-admins.ts';

/** Tells the workspace's admins and managers that publishing was paused or resumed. */
export async function notifyPublishing(tx: Tx, input: { workspaceId: string; kind: 'publishing.paused' | 'publishing.resumed'; params: Record<string, string>; at: Date }): Promise<void> {
  const admins = await workspaceAdminIds(tx, input.workspaceId);
  const managers = await tx
    .select({ id: workspaceMembers.userId })
    .from(workspaceMembers)
    .where(and(eq(workspaceMembers.workspaceId, input.workspaceId), eq(workspaceMembers.role, 'manager')));
  await notify(tx, {
    userIds: [...new Set([...admins, ...managers.map((m) => m.id)])],
    workspaceId: input.workspaceId,
    kind: input.kind,
    params: input.params,
    dedupeKey: `${input.kind}:${input.workspaceId}:${input.at.toISOString()}`,
  });
}
