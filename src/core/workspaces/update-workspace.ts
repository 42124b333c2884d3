import { eq } from 'drizzle-orm';
import { workspaces } from '../../db/schema.ts';
import type { Locale } from '../accounts/locales.ts';
import { recordAudit } from '../audit/record-audit.ts';
import type { WorkspaceContext } from '../types.ts';

export interface UpdateWorkspaceInput {
  name?: string | undefined;
  timezone?: string | undefined;
  locale?: Locale | undefined;
}

export async function updateWorkspace(ctx: WorkspaceContext, input: UpdateWorkspaceInput): Promise<void> {
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length === 0) return;
  await ctx.db.transaction(async (tx) => {
    await tx.update(workspaces).set(changes).where(eq(workspaces.id, ctx.workspace.id));
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'workspace.updated',
      targetType: 'workspace',
      targetId: ctx.workspace.id,
      details: changes,
    });
  });
}
