import { campaigns } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { campaignView, type CampaignInput, type CampaignView } from './campaign-view.ts';
import { uniqueName } from './name-taken.ts';

export async function createCampaign(ctx: WorkspaceContext, input: CampaignInput): Promise<CampaignView> {
  const [row] = await uniqueName('A campaign', input.name, () => ctx.db.insert(campaigns).values({ ...input, workspaceId: ctx.workspace.id }).returning());
  return campaignView(row!);
}
