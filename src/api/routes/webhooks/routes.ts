import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { z } from 'zod';
import { AppError } from '../../../core/errors.ts';
import { answerWebhookCheck, receiveWebhook } from '../../../core/inbox/receive-webhook.ts';
import { FileReply } from '../../file-reply.ts';
import { defineRoute } from '../../route.ts';
import { networkId } from '../../schemas.ts';

/** A delivery of 1,000 updates fits with room to spare; anything larger is refused unread. */
const MAX_DELIVERY_BYTES = 8 * 1024 * 1024;
const SIGNATURE_HEADERS = ['x-hub-signature-256', 'x-twitter-webhooks-signature'];
const networkParams = z.strictObject({ network: networkId });

export const webhookRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/webhooks/:network',
    summary: "Answer the network's subscription check (Meta's hub.challenge, X's CRC)",
    tag: 'webhooks',
    access: { kind: 'public' },
    params: networkParams,
    query: z.looseObject({
      'hub.mode': z.string().max(50).optional(),
      'hub.verify_token': z.string().max(500).optional(),
      'hub.challenge': z.string().max(500).optional(),
      crc_token: z.string().max(500).optional(),
    }),
    response: { status: 200, schema: z.record(z.string(), z.string()) },
    handler: async ({ ctx, params, query }) => {
      const strings = Object.fromEntries(Object.entries(query ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));
      const answer = answerWebhookCheck(ctx, params.network, strings);
      if (answer.type === 'json') return answer.body;
      return new FileReply({ body: Readable.from([Buffer.from(answer.body)]), mimeType: 'text/plain; charset=utf-8', cacheControl: 'no-store' });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/webhooks/:network',
    summary: 'Take a signed delivery of comments, mentions and messages; it is stored by a job, once however often it comes',
    tag: 'webhooks',
    access: { kind: 'public' },
    params: networkParams,
    rawBody: true,
    bodyLimit: MAX_DELIVERY_BYTES,
    response: { status: 200, schema: z.object({ accepted: z.number() }) },
    handler: async ({ ctx, params, http }) => {
      if ((http.declaredLength ?? 0) > MAX_DELIVERY_BYTES) throw new AppError('payload_too_large', 'A delivery may be at most 8 MB.');
      // A request without a body has no stream to read: it is an empty, and so unsigned, delivery.
      const stream: Readable | undefined = http.requestBody();
      const rawBody = stream ? await buffer(stream) : Buffer.alloc(0);
      const headers = Object.fromEntries(SIGNATURE_HEADERS.map((h) => [h, http.header(h)]));
      return { accepted: await receiveWebhook(ctx, { network: params.network, headers, rawBody }) };
    },
  }),
];
