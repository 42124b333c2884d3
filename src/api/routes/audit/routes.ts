import { listWorkspaceAudit } from '../../../core/audit/list-audit.ts';
import { defineRoute } from '../../route.ts';
import { workspaceParams } from '../../schemas.ts';
import { auditPageSchema, auditQuery } from './schema.ts';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/audit',
    summary: "The workspace's audit trail: members, roles, invitations and settings, newest first",
    tag: 'audit',
    access: { kind: 'workspace', permission: 'audit.read' },
    params: workspaceParams,
    query: auditQuery,
    response: { status: 200, schema: auditPageSchema },
    handler: ({ ctx, query }) => listWorkspaceAudit(ctx, query),
  }),
];
