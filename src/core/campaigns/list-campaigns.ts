import { asc, eq } from 'drizzle-orm';
import { campaigns } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { campaignView, type CampaignView } from './campaign-view.ts';

export async function listCampaigns(ctx: WorkspaceContext): Promise<CampaignView[]> {
  const rows = await ctx.db.select().from(campaigns).where(eq(campaigns.workspaceId, ctx.workspace.id)).orderBy(asc(campaigns.name));
  return rows.map(campaignView);
}
