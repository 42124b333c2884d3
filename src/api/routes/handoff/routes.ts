import { z } from 'zod';
import { createHandoffTarget, deleteHandoffTarget, listHandoffDeliveries, listHandoffTargets, updateHandoffTarget } from '../../../core/handoff/handoff-targets.ts';
import { sendTestHandoff } from '../../../core/handoff/send-test-handoff.ts';
import { defineRoute } from '../../route.ts';
import { id, title, workspaceParams } from '../../schemas.ts';

const webhookUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) address like https://crm.example.com/hooks/canopy' }).max(2000, 'must be at most 2000 characters');
const hubspotToken = z.string().trim().min(10, 'must be the private app access token from HubSpot').max(500, 'must be at most 500 characters');
const target = z.object({ id, kind: z.enum(['webhook', 'hubspot']), name: z.string(), url: z.string().nullable(), enabled: z.boolean(), createdAt: z.string() });
const delivery = z.object({
  id,
  itemId: z.string().nullable(),
  status: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  lastStatusCode: z.number().nullable(),
  lastError: z.string().nullable(),
  responseSnippet: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  createdAt: z.string(),
});
const targetParams = workspaceParams.extend({ handoffTargetId: id });
const base = '/api/v1/workspaces/:workspaceId/handoff-targets';

export const handoffRoutes = [
  defineRoute({
    method: 'GET',
    url: base,
    summary: 'Where sales leads are handed off: signed webhooks and HubSpot (secrets are never shown)',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(target) }) },
    handler: async ({ ctx }) => ({ items: await listHandoffTargets(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: base,
    summary:
      'Add a hand-off target. Every inbox item made a sales lead is sent to each enabled one, retried with backoff on network errors, 5xx and 429. ' +
      'A webhook gets a POST of JSON {event: "inbox.sales_lead", item, workspace, sentAt} with X-Canopy-Delivery (the delivery id, the same on every retry), X-Canopy-Timestamp (Unix seconds) and ' +
      'X-Canopy-Signature: sha256=<hex HMAC-SHA256 of the raw request body, keyed with the signing secret>. To verify, recompute the HMAC over the exact bytes received and compare in constant time; ' +
      'refuse old timestamps and repeated delivery ids. The signing secret is answered here once (signingSecret) and never again. HubSpot takes a private app access token and gets a contact and a note.',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: workspaceParams,
    body: z.strictObject({ kind: z.enum(['webhook', 'hubspot'], { message: 'must be webhook or hubspot' }), name: title, url: webhookUrl.optional(), token: hubspotToken.optional() }),
    response: { status: 201, schema: target.extend({ signingSecret: z.string().optional() }) },
    handler: ({ ctx, body }) => createHandoffTarget(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: `${base}/:handoffTargetId`,
    summary: 'Rename, enable or disable a target, or change its address (webhook) or token (HubSpot)',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: targetParams,
    body: z.strictObject({ name: title.optional(), enabled: z.boolean().optional(), url: webhookUrl.optional(), token: hubspotToken.optional() }),
    response: { status: 200, schema: target },
    handler: ({ ctx, params, body }) => updateHandoffTarget(ctx, params.handoffTargetId, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: `${base}/:handoffTargetId`,
    summary: 'Remove a target and its delivery log',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: targetParams,
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      await deleteHandoffTarget(ctx, params.handoffTargetId);
    },
  }),
  defineRoute({
    method: 'POST',
    url: `${base}/:handoffTargetId/test`,
    summary: 'Send a sample lead to the target now, once, and answer with how it went',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: targetParams,
    response: { status: 200, schema: delivery },
    handler: ({ ctx, params }) => sendTestHandoff(ctx, params.handoffTargetId),
  }),
  defineRoute({
    method: 'GET',
    url: `${base}/:handoffTargetId/deliveries`,
    summary: 'The delivery log of a target, newest first: status, attempts, the last answer and error',
    tag: 'inbox',
    access: { kind: 'workspace', permission: 'inbox.read' },
    params: targetParams,
    response: { status: 200, schema: z.object({ items: z.array(delivery) }) },
    handler: async ({ ctx, params }) => ({ items: await listHandoffDeliveries(ctx, params.handoffTargetId) }),
  }),
];
