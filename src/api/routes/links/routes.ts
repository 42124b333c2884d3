import { z } from 'zod';
import { followShortLink } from '../../../core/links/follow-short-link.ts';
import { getLinkSettings } from '../../../core/links/get-link-settings.ts';
import { updateLinkSettings } from '../../../core/links/update-link-settings.ts';
import { defineRoute } from '../../route.ts';
import { workspaceParams } from '../../schemas.ts';

const shortener = z.enum(['none', 'canopy', 'bitly'], { message: "must be 'none', 'canopy' or 'bitly'" });
const settings = z.object({ shortener, bitlyTokenSet: z.boolean() });

export const linkRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/links',
    summary: 'How links in posts are shortened (a Bitly token is never shown, only whether one is set)',
    tag: 'links',
    access: { kind: 'workspace', permission: 'workspace.update' },
    params: workspaceParams,
    response: { status: 200, schema: settings },
    handler: ({ ctx }) => getLinkSettings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/workspaces/:workspaceId/links',
    summary: "Choose the shortener: none, Canopy's own short links, or Bitly (a token left out keeps the one already set)",
    tag: 'links',
    access: { kind: 'workspace', permission: 'workspace.update' },
    params: workspaceParams,
    body: z.strictObject({ shortener, bitlyToken: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters').optional() }),
    response: { status: 200, schema: settings },
    handler: ({ ctx, body }) => updateLinkSettings(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/l/:code',
    summary: "Follow one of Canopy's short links: counts the click and redirects (302) to the full link",
    tag: 'links',
    access: { kind: 'public' },
    params: z.strictObject({ code: z.string().regex(/^[A-Za-z0-9]{4,32}$/, 'must be a short link code') }),
    response: { status: 200 },
    handler: async ({ ctx, params, http }) => {
      http.redirect(await followShortLink(ctx.db, params.code));
    },
  }),
];
