import { z } from 'zod';
import { createCampaign } from '../../../core/campaigns/create-campaign.ts';
import { deleteCampaign } from '../../../core/campaigns/delete-campaign.ts';
import { listCampaigns } from '../../../core/campaigns/list-campaigns.ts';
import { updateCampaign } from '../../../core/campaigns/update-campaign.ts';
import { defineRoute } from '../../route.ts';
import { id, timestamp, title, workspaceParams } from '../../schemas.ts';

const utmValue = z.string().trim().min(1, 'must not be empty; leave the field out instead').max(200, 'must be at most 200 characters').optional();
const utm = z.strictObject({ source: utmValue, medium: utmValue, campaign: utmValue, term: utmValue, content: utmValue });
const color = z.string().regex(/^([a-z]+|#[0-9a-fA-F]{6})$/, 'must be a colour name such as teal, or #rrggbb');
const campaign = z.object({ id, name: z.string(), color: z.string(), utm: z.record(z.string(), z.string()), createdAt: timestamp });
const campaignParams = workspaceParams.extend({ campaignId: id });

export const campaignRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/campaigns',
    summary: "The workspace's campaigns, by name",
    tag: 'campaigns',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(campaign) }) },
    handler: async ({ ctx }) => ({ items: await listCampaigns(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/campaigns',
    summary: 'Create a campaign; its UTM values may use {network}, {profile} and {campaign}, filled in for each profile a post goes to',
    tag: 'campaigns',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: workspaceParams,
    body: z.strictObject({ name: title, color: color.default('teal'), utm: utm.default({}) }),
    response: { status: 201, schema: campaign },
    handler: ({ ctx, body }) => createCampaign(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId',
    summary: "Rename a campaign, or change its colour or UTM values (utm replaces the campaign's whole set)",
    tag: 'campaigns',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: campaignParams,
    body: z.strictObject({ name: title.optional(), color: color.optional(), utm: utm.optional() }),
    response: { status: 200, schema: campaign },
    handler: ({ ctx, params, body }) => updateCampaign(ctx, { campaignId: params.campaignId, ...body }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/campaigns/:campaignId',
    summary: 'Delete a campaign; its posts stay, outside any campaign',
    tag: 'campaigns',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: campaignParams,
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      await deleteCampaign(ctx, params);
    },
  }),
];
