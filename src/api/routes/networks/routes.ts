import { z } from 'zod';
import { listNetworkApps, networkAppSources, removeNetworkApp, setNetworkApp } from '../../../core/profiles/app-credentials.ts';
import { completeOAuth } from '../../../core/profiles/complete-oauth.ts';
import { AppError, notFound } from '../../../core/errors.ts';
import { clientMetadataUrl, oauthConnectorOf } from '../../../core/profiles/find-network.ts';
import { oauthRedirectUri } from '../../../core/profiles/start-oauth.ts';
import { defineRoute } from '../../route.ts';
import { networkId } from '../../schemas.ts';

const networkParams = z.strictObject({ network: networkId });

const networkSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  authKind: z.enum(['oauth2', 'app_password', 'none']),
  /** The ways a profile of this network can connect: a form of credentials, an OAuth round trip, or both. */
  connectVia: z.array(z.enum(['credentials', 'oauth2'])),
  /** Whether OAuth needs the organization's app credentials first. */
  needsAppCredentials: z.boolean(),
  /** Whether the network is hosted on many servers and Canopy registers itself on each (Mastodon): ask for the server. */
  registersPerServer: z.boolean(),
  credentialFields: z.array(z.object({ name: z.string(), secret: z.boolean(), defaultValue: z.string().optional() })),
  appCredentials: z.enum(['organization', 'environment']).nullable(),
  appCredentialsHelpUrl: z.string().nullable(),
  capabilities: z.object({ publish: z.boolean(), inbox: z.array(z.string()), metrics: z.boolean(), search: z.boolean() }),
  unavailable: z.string().nullable(),
  text: z.object({ maxLength: z.number(), counting: z.string() }),
  /** What a post for this network may carry, so the composer offers only that. */
  compose: z.object({
    threads: z.boolean(),
    firstComment: z.boolean(),
    linkField: z.boolean(),
    linkPreview: z.boolean(),
    requiresMedia: z.boolean(),
    maxMedia: z.number(),
  }),
});

export const networkRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/oauth/client-metadata/:network',
    summary: 'The OAuth client metadata Canopy publishes for networks that identify clients by it (Bluesky)',
    tag: 'profiles',
    access: { kind: 'public' },
    params: networkParams,
    response: { status: 200, schema: z.record(z.string(), z.unknown()) },
    handler: async ({ ctx, params }) => {
      const connector = ctx.networks.get(params.network);
      const oauth = connector ? oauthConnectorOf(connector) : undefined;
      if (!oauth?.clientMetadata) throw notFound('Client metadata for this network');
      return oauth.clientMetadata({
        clientId: clientMetadataUrl(ctx.config.publicUrl, params.network),
        publicUrl: ctx.config.publicUrl,
        redirectUri: oauthRedirectUri(ctx.config.publicUrl, params.network),
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/networks',
    summary: 'The networks Canopy can connect, how each signs in, what each can do, and whether app credentials are set',
    tag: 'profiles',
    access: { kind: 'signed_in' },
    response: { status: 200, schema: z.object({ items: z.array(networkSchema) }) },
    handler: async ({ ctx }) => {
      const sources = await networkAppSources(ctx);
      const items = [...ctx.networks.values()].map((adapter) => {
        const m = adapter.manifest;
        const oauth = oauthConnectorOf(adapter);
        return {
          id: m.id,
          name: m.name,
          color: m.color,
          authKind: m.auth.kind,
          connectVia: [
            ...(adapter.connector?.kind === 'credentials' ? (['credentials'] as const) : []),
            ...(oauth ? (['oauth2'] as const) : []),
          ],
          needsAppCredentials: !!oauth && oauth.appCredentials !== 'none' && !oauth.registerApp,
          registersPerServer: !!oauth?.registerApp,
          credentialFields: m.auth.credentialFields ?? [],
          appCredentials: sources[m.id] ?? null,
          appCredentialsHelpUrl: m.auth.appCredentialsHelpUrl ?? null,
          capabilities: m.capabilities,
          unavailable: m.unavailable ?? null,
          text: { maxLength: m.text.maxLength, counting: m.text.counting },
          compose: {
            threads: m.threads,
            firstComment: m.firstComment,
            linkField: m.link.field,
            linkPreview: m.link.preview,
            requiresMedia: m.text.requiresMedia ?? false,
            maxMedia: m.media.maxCount,
          },
        };
      });
      return { items: items.sort((a, b) => a.name.localeCompare(b.name)) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/organization/networks',
    summary: "The organization's own app credentials: client ids and whether a secret is kept (never the secret)",
    tag: 'profiles',
    access: { kind: 'organization', permission: 'organization.update' },
    response: {
      status: 200,
      schema: z.object({ items: z.array(z.object({ network: z.string(), clientId: z.string(), hasSecret: z.boolean(), updatedAt: z.iso.datetime() })) }),
    },
    handler: async ({ ctx }) => ({ items: await listNetworkApps(ctx) }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/organization/networks/:network',
    summary: "Remove the organization's app credentials for a network (those set in the environment apply again)",
    tag: 'profiles',
    access: { kind: 'organization', permission: 'organization.update' },
    params: networkParams,
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      if (!(await removeNetworkApp(ctx, params))) throw notFound('App credentials for this network');
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/v1/organization/networks/:network',
    summary: "Set the organization's app credentials for an OAuth network; without clientSecret the kept secret stays",
    tag: 'profiles',
    access: { kind: 'organization', permission: 'organization.update' },
    params: networkParams,
    body: z.strictObject({ clientId: z.string().trim().min(1).max(500), clientSecret: z.string().min(1).max(2000).optional() }),
    response: { status: 204 },
    handler: ({ ctx, params, body }) => setNetworkApp(ctx, { network: params.network, ...body }),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/oauth/callback/:network',
    summary: 'Where a network sends the person back after they allowed Canopy; redirects to the Profiles page',
    tag: 'profiles',
    access: { kind: 'signed_in' },
    params: networkParams,
    query: z.object({
      iss: z.string().max(2000).optional(),
      code: z.string().max(4000).optional(),
      state: z.string().max(200).optional(),
      error: z.string().max(200).optional(),
      error_description: z.string().max(2000).optional(),
    }),
    response: { status: 200 },
    handler: async ({ ctx, params, query, http }) => {
      try {
        if (query.error || !query.code || !query.state) {
          throw new AppError('network_rejected', query.error_description ?? query.error ?? 'The network did not send Canopy back a code.');
        }
        const callbackParams = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'));
        const done = await completeOAuth(ctx, { network: params.network, state: query.state, code: query.code, callbackParams });
        http.redirect(`/w/${done.workspaceId}/settings/profiles?connected=${encodeURIComponent(params.network)}`);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        http.redirect(
          `/settings/connection-failed?network=${encodeURIComponent(params.network)}&message=${encodeURIComponent(err.message)}`,
        );
      }
    },
  }),
];
