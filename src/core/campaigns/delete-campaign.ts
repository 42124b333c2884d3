import { and, eq } from 'drizzle-orm';
import { campaigns } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

/** Its posts stay, no longer in a campaign (and their links no longer tagged). */
export async function deleteCampaign(ctx: WorkspaceContext, input: { campaignId: string }): Promise<void> {
  const deleted = await ctx.db
    .delete(campaigns)
    .where(and(eq(campaigns.id, input.campaignId), eq(campaigns.workspaceId, ctx.workspace.id)))
    .returning({ id: campaigns.id });
  if (deleted.length === 0) throw notFound('The campaign');
}
