import { z } from 'zod';
import { createWorkspace } from '../../../core/workspaces/create-workspace.ts';
import { getWorkspace } from '../../../core/workspaces/get-workspace.ts';
import { listWorkspaces } from '../../../core/workspaces/list-workspaces.ts';
import { updateWorkspace } from '../../../core/workspaces/update-workspace.ts';
import { defineRoute } from '../../route.ts';
import { locale, timezone, title, workspaceParams, workspaceSummary } from '../../schemas.ts';

export const workspaceRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces',
    summary: 'The workspaces you may enter, with your role in each',
    tag: 'workspaces',
    access: { kind: 'signed_in' },
    response: { status: 200, schema: z.object({ items: z.array(workspaceSummary) }) },
    handler: async ({ ctx }) => ({ items: await listWorkspaces(ctx) }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces',
    summary: 'Create a workspace for a brand or client',
    tag: 'workspaces',
    access: { kind: 'organization', permission: 'workspaces.create' },
    body: z.strictObject({ name: title, timezone, locale }),
    response: { status: 201, schema: workspaceSummary },
    handler: ({ ctx, body }) => createWorkspace(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId',
    summary: 'One workspace',
    tag: 'workspaces',
    access: { kind: 'workspace', permission: 'workspace.read' },
    params: workspaceParams,
    response: { status: 200, schema: workspaceSummary },
    handler: ({ ctx }) => getWorkspace(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId',
    summary: "Change a workspace's name, time zone or locale",
    tag: 'workspaces',
    access: { kind: 'workspace', permission: 'workspace.update' },
    params: workspaceParams,
    body: z.strictObject({ name: title.optional(), timezone: timezone.optional(), locale: locale.optional() }),
    response: { status: 200, schema: workspaceSummary },
    handler: async ({ ctx, body }) => {
      await updateWorkspace(ctx, body);
      return getWorkspace(ctx);
    },
  }),
];
