import { z } from 'zod';
import { getMe } from '../../../core/accounts/get-me.ts';
import { listOrganizationAudit } from '../../../core/audit/list-audit.ts';
import { updateOrganization } from '../../../core/organizations/update-organization.ts';
import { defineRoute } from '../../route.ts';
import { title } from '../../schemas.ts';
import { auditPageSchema, auditQuery } from '../audit/schema.ts';
import { meSchema } from '../me/schema.ts';

const organizationSchema = meSchema.shape.organization;

export const organizationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/organization',
    summary: 'Your organization',
    tag: 'organization',
    access: { kind: 'organization', permission: 'organization.read' },
    response: { status: 200, schema: organizationSchema },
    handler: async ({ ctx }) => (await getMe(ctx)).organization,
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/organization',
    summary: "Rename the organization, or (owner only) require two-factor sign-in for everyone",
    tag: 'organization',
    access: { kind: 'organization', permission: 'organization.update' },
    body: z.strictObject({ name: title.optional(), requireTotp: z.boolean().optional() }),
    response: { status: 200, schema: organizationSchema },
    handler: async ({ ctx, body }) => {
      await updateOrganization(ctx, body);
      return (await getMe(ctx)).organization;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/organization/audit',
    summary: 'Organization-wide audit trail: settings, tokens, two-factor changes',
    tag: 'audit',
    access: { kind: 'organization', permission: 'organization.audit' },
    query: auditQuery,
    response: { status: 200, schema: auditPageSchema },
    handler: ({ ctx, query }) => listOrganizationAudit(ctx, query),
  }),
];
