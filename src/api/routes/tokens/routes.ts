import { z } from 'zod';
import { createApiToken, deleteApiToken, listApiTokens } from '../../../core/accounts/api-tokens.ts';
import { defineRoute } from '../../route.ts';
import { id, timestamp, title } from '../../schemas.ts';

const tokenSchema = z.object({ id, name: z.string(), prefix: z.string(), createdAt: timestamp, lastUsedAt: timestamp.nullable() });

export const tokenRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/tokens',
    summary: 'Your personal API tokens (never the secret part)',
    tag: 'tokens',
    access: { kind: 'signed_in' },
    response: { status: 200, schema: z.object({ items: z.array(tokenSchema) }) },
    handler: async ({ ctx }) => ({ items: await listApiTokens(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/tokens',
    summary: 'Create a personal API token; the token is shown only in this response',
    tag: 'tokens',
    access: { kind: 'signed_in' },
    body: z.strictObject({ name: title }),
    response: { status: 201, schema: z.object({ id, name: z.string(), token: z.string() }) },
    handler: ({ ctx, body }) => createApiToken(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/tokens/:tokenId',
    summary: 'Revoke a personal API token',
    tag: 'tokens',
    access: { kind: 'signed_in' },
    params: z.strictObject({ tokenId: id }),
    response: { status: 204 },
    handler: ({ ctx, params }) => deleteApiToken(ctx, params),
  }),
];
