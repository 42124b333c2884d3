import { validateTargets } from '../../../core/compose/validate-targets.ts';
import { defineRoute } from '../../route.ts';
import { validateComposeBody, validateComposeResponse } from './schema.ts';

export const composeRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/compose/validate',
    summary: "Check a post against each network's limits (length as the network counts it, media, hashtags, mentions) and the workspace's policy, before it is scheduled",
    tag: 'compose',
    access: { kind: 'signed_in' },
    body: validateComposeBody,
    response: { status: 200, schema: validateComposeResponse },
    handler: async ({ ctx, body }) => ({
      targets: validateTargets((network) => ctx.networks.get(network)?.manifest, body),
    }),
  }),
];
