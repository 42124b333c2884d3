import { z } from 'zod';
import { inviteMember } from '../../../core/invitations/invite-member.ts';
import { listInvitations } from '../../../core/invitations/list-invitations.ts';
import { revokeInvitation } from '../../../core/invitations/revoke-invitation.ts';
import { changeMemberRole } from '../../../core/members/change-member-role.ts';
import { listMembers } from '../../../core/members/list-members.ts';
import { removeMember } from '../../../core/members/remove-member.ts';
import { defineRoute } from '../../route.ts';
import { email, id, role, timestamp, workspaceParams } from '../../schemas.ts';

const memberParams = workspaceParams.extend({ userId: id });
const memberSchema = z.object({
  userId: id,
  name: z.string(),
  email: z.string(),
  role,
  via: z.enum(['workspace', 'organization']),
  totpEnabled: z.boolean(),
});
const invitationSchema = z.object({ id, email: z.string(), role: z.string(), expiresAt: timestamp, createdAt: timestamp });

export const memberRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/members',
    summary: 'Who works in this workspace, and in which role',
    tag: 'members',
    access: { kind: 'workspace', permission: 'members.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(memberSchema) }) },
    handler: async ({ ctx }) => ({ items: await listMembers(ctx) }),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId/members/:userId',
    summary: "Change a member's role",
    tag: 'members',
    access: { kind: 'workspace', permission: 'members.manage' },
    params: memberParams,
    body: z.strictObject({ role }),
    response: { status: 200, schema: z.object({ items: z.array(memberSchema) }) },
    handler: async ({ ctx, params, body }) => {
      await changeMemberRole(ctx, { userId: params.userId, role: body.role });
      return { items: await listMembers(ctx) };
    },
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/members/:userId',
    summary: 'Remove someone from this workspace',
    tag: 'members',
    access: { kind: 'workspace', permission: 'members.manage' },
    params: memberParams,
    response: { status: 204 },
    handler: ({ ctx, params }) => removeMember(ctx, params),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/invitations',
    summary: 'Invitations waiting to be accepted',
    tag: 'members',
    access: { kind: 'workspace', permission: 'members.manage' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(invitationSchema) }) },
    handler: async ({ ctx }) => ({ items: await listInvitations(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/invitations',
    summary: 'Invite someone by email to a role; returns the link to send them',
    tag: 'members',
    access: { kind: 'workspace', permission: 'members.manage' },
    params: workspaceParams,
    body: z.strictObject({ email, role }),
    response: { status: 201, schema: z.object({ id, email: z.string(), role, expiresAt: timestamp, url: z.string() }) },
    handler: ({ ctx, body }) => inviteMember(ctx, body),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/invitations/:invitationId',
    summary: 'Revoke an invitation',
    tag: 'members',
    access: { kind: 'workspace', permission: 'members.manage' },
    params: workspaceParams.extend({ invitationId: id }),
    response: { status: 204 },
    handler: ({ ctx, params }) => revokeInvitation(ctx, params),
  }),
];
