import { z } from 'zod';
import { permissions } from '../../../core/policies/permissions.ts';
import { orgRoles } from '../../../core/policies/roles.ts';
import { id, role } from '../../schemas.ts';

export const meSchema = z.object({
  user: z.object({ id, email: z.string(), name: z.string(), locale: z.string(), totpEnabled: z.boolean() }),
  organization: z.object({ id, name: z.string(), requireTotp: z.boolean(), role: z.enum(orgRoles) }),
  mustEnrollTotp: z.boolean(),
  workspaces: z.array(
    z.object({ id, name: z.string(), timezone: z.string(), locale: z.string(), role, permissions: z.array(z.enum(permissions)) }),
  ),
});
