import { z } from 'zod';
import { listTeams } from '../../../core/teams/list-teams.ts';
import { deleteTeam, saveTeam } from '../../../core/teams/save-team.ts';
import { defineRoute } from '../../route.ts';
import { id, title, workspaceParams } from '../../schemas.ts';

const team = z.object({ id, kind: z.enum(['customer_care', 'sales', 'custom']), name: z.string().nullable(), memberIds: z.array(id) });
const teamParams = workspaceParams.extend({ teamId: id });
const memberIds = z.array(id).max(500);

export const teamRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/teams',
    summary: "The workspace's teams: customer care, sales, and its own",
    tag: 'teams',
    access: { kind: 'workspace', permission: 'inbox.read' },
    params: workspaceParams,
    response: { status: 200, schema: z.object({ items: z.array(team) }) },
    handler: async ({ ctx }) => ({ items: await listTeams(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/teams',
    summary: 'Make a team of the workspace’s own',
    tag: 'teams',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: workspaceParams,
    body: z.strictObject({ name: title, memberIds: memberIds.default([]) }),
    response: { status: 201, schema: team },
    handler: ({ ctx, body }) => saveTeam(ctx, body),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId/teams/:teamId',
    summary: "Change a team's members, or a team of the workspace's own's name",
    tag: 'teams',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: teamParams,
    body: z.strictObject({ name: title.optional(), memberIds: memberIds.optional() }),
    response: { status: 200, schema: team },
    handler: ({ ctx, params, body }) => saveTeam(ctx, { teamId: params.teamId, ...body }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/teams/:teamId',
    summary: 'Remove a team of the workspace’s own; its items stay',
    tag: 'teams',
    access: { kind: 'workspace', permission: 'teams.manage' },
    params: teamParams,
    response: { status: 204 },
    handler: async ({ ctx, params }) => {
      await deleteTeam(ctx, params.teamId);
    },
  }),
];
