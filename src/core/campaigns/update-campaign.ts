import { and, eq } from 'drizzle-orm';
import { campaigns } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { campaignView, type CampaignInput, type CampaignView } from './campaign-view.ts';
import { uniqueName } from './name-taken.ts';

export async function updateCampaign(ctx: WorkspaceContext, input: { campaignId: string } & Partial<CampaignInput>): Promise<CampaignView> {
  const { campaignId, ...changes } = input;
  const where = and(eq(campaigns.id, campaignId), eq(campaigns.workspaceId, ctx.workspace.id));
  const [row] =
    Object.keys(changes).length === 0
      ? await ctx.db.select().from(campaigns).where(where)
      : await uniqueName('A campaign', changes.name ?? '', () => ctx.db.update(campaigns).set(changes).where(where).returning());
  if (!row) throw notFound('The campaign');
  return campaignView(row);
}
