import { z } from 'zod';
import { connectCredentialProfile } from '../../../core/profiles/connect-credential-profile.ts';
import { deleteProfile } from '../../../core/profiles/delete-profile.ts';
import { listProfiles } from '../../../core/profiles/list-profiles.ts';
import { setProfileAccess } from '../../../core/profiles/set-profile-access.ts';
import { startOAuth } from '../../../core/profiles/start-oauth.ts';
import { defineRoute } from '../../route.ts';
import { id, networkId, timestamp, workspaceParams } from '../../schemas.ts';

const serviceUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://bsky.social' });

export const profileSchema = z.object({
  id,
  network: z.string(),
  handle: z.string(),
  displayName: z.string(),
  avatarUrl: z.string().nullable(),
  serviceUrl: z.string().nullable(),
  subAccount: z.object({ remoteId: z.string(), name: z.string(), kind: z.string() }).nullable(),
  connectedWith: z.enum(['oauth2', 'credentials']).describe('how it was connected: an OAuth sign-in or a form of credentials'),
  status: z.enum(['connected', 'needs_reconnect']),
  statusReason: z.string().nullable(),
  rateLimitedUntil: timestamp.nullable(),
  access: z.enum(['all', 'restricted']),
  memberIds: z.array(id),
  createdAt: timestamp,
});
const profileList = z.object({ items: z.array(profileSchema) });
const profileParams = workspaceParams.extend({ profileId: id });

export const profileRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/profiles',
    summary: "The workspace's connected profiles, with their status",
    tag: 'profiles',
    access: { kind: 'workspace', permission: 'workspace.read' },
    params: workspaceParams,
    response: { status: 200, schema: profileList },
    handler: async ({ ctx }) => ({ items: await listProfiles(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/profiles',
    summary: 'Connect a profile that signs in with credentials, e.g. {network:"bluesky", service, identifier, appPassword}',
    tag: 'profiles',
    access: { kind: 'workspace', permission: 'profiles.manage' },
    params: workspaceParams,
    body: z.object({ network: networkId }).catchall(z.string().max(2000)),
    response: { status: 201, schema: profileList.extend({ profileId: id }) },
    handler: async ({ ctx, body }) => {
      const { network, ...fields } = body;
      const profileId = await connectCredentialProfile(ctx, { network, fields: fields as Record<string, string> });
      return { profileId, items: await listProfiles(ctx) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/profiles/connect/:network',
    summary: "Start connecting an OAuth network: returns the network's sign-in URL to send the person to",
    tag: 'profiles',
    access: { kind: 'workspace', permission: 'profiles.manage' },
    params: workspaceParams.extend({ network: networkId }),
    query: z.strictObject({
      service: serviceUrl.optional(),
      handle: z.string().trim().min(3).max(253).optional().describe('the account to sign in as, where the network asks first (Bluesky)'),
    }),
    response: { status: 200, schema: z.object({ authorizationUrl: z.string() }) },
    handler: ({ ctx, params, query }) => startOAuth(ctx, { network: params.network, serviceUrl: query.service, loginHint: query.handle }),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId/profiles/:profileId/access',
    summary: 'Choose who may use a profile: every member who may post, or only the listed ones',
    tag: 'profiles',
    access: { kind: 'workspace', permission: 'profiles.manage' },
    params: profileParams,
    body: z.strictObject({ access: z.enum(['all', 'restricted']), userIds: z.array(id).max(500).default([]) }),
    response: { status: 200, schema: profileList },
    handler: async ({ ctx, params, body }) => {
      await setProfileAccess(ctx, { profileId: params.profileId, ...body });
      return { items: await listProfiles(ctx) };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/profiles/:profileId',
    summary: 'Remove a profile (and revoke Canopy on the network where it allows)',
    tag: 'profiles',
    access: { kind: 'workspace', permission: 'profiles.manage' },
    params: profileParams,
    response: { status: 204 },
    handler: ({ ctx, params }) => deleteProfile(ctx, params),
  }),
];
