import { z } from 'zod';
import { permissions, permissionsOf } from '../../../core/policies/permissions.ts';
import { roles } from '../../../core/policies/roles.ts';
import { defineRoute } from '../../route.ts';
import { role } from '../../schemas.ts';

export const roleRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/roles',
    summary: 'The roles and what each may do',
    tag: 'members',
    access: { kind: 'signed_in' },
    beforeTotpEnrollment: true,
    response: { status: 200, schema: z.object({ items: z.array(z.object({ role, permissions: z.array(z.enum(permissions)) })) }) },
    handler: async () => ({
      items: roles.map((r) => ({ role: r, permissions: permissionsOf(r) })),
    }),
  }),
];
