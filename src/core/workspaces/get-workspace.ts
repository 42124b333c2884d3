import { eq } from 'drizzle-orm';
import { workspaces } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import type { WorkspaceSummary } from './list-workspaces.ts';

export async function getWorkspace(ctx: WorkspaceContext): Promise<WorkspaceSummary> {
  const [ws] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, ctx.workspace.id));
  return { id: ws!.id, name: ws!.name, timezone: ws!.timezone, locale: ws!.locale, role: ctx.workspace.role };
}
