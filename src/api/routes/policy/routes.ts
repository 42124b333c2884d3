import { z } from 'zod';
import { composePolicyOf } from '../../../core/compose/compose-policy-of.ts';
import { validateTargets } from '../../../core/compose/validate-targets.ts';
import { getPolicy } from '../../../core/policy-settings/get-policy.ts';
import { updatePolicy } from '../../../core/policy-settings/update-policy.ts';
import { defineRoute } from '../../route.ts';
import { workspaceParams } from '../../schemas.ts';
import { validateComposeBody, validateComposeResponse } from '../compose/schema.ts';

const policy = z.strictObject({
  requireAltText: z.boolean(),
  bannedTerms: z.array(z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters')).max(200, 'at most 200 banned terms'),
  paidDisclosure: z.string().trim().max(100, 'must be at most 100 characters').optional(),
  enforce: z.enum(['warn', 'block'], { message: "must be 'warn' (show problems) or 'block' (refuse to schedule or submit)" }),
});

export const policyRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/policy',
    summary: "The workspace's content policy: alt text, banned terms, paid disclosure, and whether it warns or blocks",
    tag: 'policy',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: workspaceParams,
    response: { status: 200, schema: policy },
    handler: ({ ctx }) => getPolicy(ctx.db, ctx.workspace.id),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/workspaces/:workspaceId/policy',
    summary: "Replace the workspace's content policy; with enforce 'block', posts that break it cannot be scheduled or submitted",
    tag: 'policy',
    access: { kind: 'workspace', permission: 'workspace.update' },
    params: workspaceParams,
    body: policy,
    response: { status: 200, schema: policy },
    handler: ({ ctx, body }) => updatePolicy(ctx, body),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/compose/validate',
    summary: "Check a post against each network's limits and this workspace's policy (the same answer as /api/v1/compose/validate)",
    tag: 'compose',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: workspaceParams,
    body: validateComposeBody.omit({ policy: true }),
    response: { status: 200, schema: validateComposeResponse },
    handler: async ({ ctx, body }) => ({
      targets: validateTargets((network) => ctx.networks.get(network)?.manifest, { targets: body.targets, policy: composePolicyOf(await getPolicy(ctx.db, ctx.workspace.id)) }),
    }),
  }),
];
