import { z } from 'zod';
import { createInboxRule, deleteInboxRule, listInboxRules, updateInboxRule } from '../../../core/inbox/rules/inbox-rules.ts';
import { defineRoute } from '../../route.ts';
import { id, networkId, title, workspaceParams } from '../../schemas.ts';

const words = z.array(z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters')).max(50);
const conditions = z.strictObject({
  keywords: words.optional(),
  networks: z.array(networkId).max(20).optional(),
  profileIds: z.array(id).max(100).optional(),
  kinds: z.array(z.enum(['comment', 'mention', 'message'], { message: 'must be comment, mention or message' })).optional(),
  sentiments: z.array(z.enum(['positive', 'neutral', 'negative'], { message: 'must be positive, neutral or negative' })).optional(),
  authors: words.optional(),
  businessHours: z.enum(['inside', 'outside'], { message: 'must be inside or outside' }).optional(),
});
const actions = z.strictObject({
  addTags: z.array(z.string().trim().min(1).max(50)).max(20).optional(),
  assign: z.strictObject({ strategy: z.enum(['round_robin', 'fewest_open'], { message: 'must be round_robin or fewest_open' }), userIds: z.array(id).min(1, 'name at least one member').max(100) }).optional(),
  teamId: id.optional(),
  hide: z.boolean().optional(),
});
const rule = z.object({ id, name: z.string(), position: z.number(), enabled: z.boolean(), conditions, actions });
const ruleParams = workspaceParams.extend({ ruleId: id });
const position = z.number().int().min(0).max(10_000);

export const inboxRuleRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/inbox-rules',
    summary: 'The automation rules run over every item as it arrives, in order',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(rule) }) },
    handler: async ({ ctx }) => ({ items: await listInboxRules(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/inbox-rules',
    summary: 'Add a rule: when an item meets every condition given (keywords, network, profile, kind, tone, author, business hours), tag it, assign it (round-robin or fewest open), hand it to a team, or hide it as spam',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: workspaceParams,
    body: z.strictObject({ name: title, position: position.default(0), enabled: z.boolean().default(true), conditions, actions }),
    response: { status: 201, schema: rule },
    handler: ({ ctx, body }) => createInboxRule(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId/inbox-rules/:ruleId',
    summary: 'Change a rule; conditions and actions are replaced whole',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: ruleParams,
    body: z.strictObject({ name: title.optional(), position: position.optional(), enabled: z.boolean().optional(), conditions: conditions.optional(), actions: actions.optional() }),
    response: { status: 200, schema: rule },
    handler: ({ ctx, params, body }) => updateInboxRule(ctx, params.ruleId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/inbox-rules/:ruleId',
    summary: 'Delete a rule',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: ruleParams,
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      await deleteInboxRule(ctx, params.ruleId);
    },
  }),
];
