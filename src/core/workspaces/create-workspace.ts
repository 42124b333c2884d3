import { teams, workspaces } from '../../db/schema.ts';
import type { Locale } from '../accounts/locales.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { ActorContext } from '../types.ts';
import type { WorkspaceSummary } from './list-workspaces.ts';

export interface CreateWorkspaceInput {
  name: string;
  timezone: string;
  locale: Locale;
}

/** A workspace is one brand or client. Only organization owners and admins create them (see the guard). */
export async function createWorkspace(ctx: ActorContext, input: CreateWorkspaceInput): Promise<WorkspaceSummary> {
  return ctx.db.transaction(async (tx) => {
    const [ws] = await tx
      .insert(workspaces)
      .values({ organizationId: ctx.actor.organizationId, ...input })
      .returning();
    // Every workspace can hand inbox items to customer care and to sales from the start.
    await tx.insert(teams).values([
      { workspaceId: ws!.id, kind: 'customer_care' },
      { workspaceId: ws!.id, kind: 'sales' },
    ]);
    await recordAudit(tx, {
      organizationId: ctx.actor.organizationId,
      workspaceId: ws!.id,
      actorId: ctx.actor.userId,
      action: 'workspace.created',
      targetType: 'workspace',
      targetId: ws!.id,
      details: { ...input },
    });
    // Only organization owners and admins create workspaces, and they hold that role in every one.
    const role = ctx.actor.orgRole === 'owner' ? 'owner' : 'admin';
    return { id: ws!.id, name: ws!.name, timezone: ws!.timezone, locale: ws!.locale, role };
  });
}
