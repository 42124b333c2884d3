import type { RouteDef } from '../route.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { composeRoutes } from './compose/routes.ts';
import { invitationRoutes } from './invitations/routes.ts';
import { meRoutes } from './me/routes.ts';
import { memberRoutes } from './members/routes.ts';
import { networkRoutes } from './networks/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { organizationRoutes } from './organization/routes.ts';
import { postRoutes } from './posts/routes.ts';
import { profileRoutes } from './profiles/routes.ts';
import { roleRoutes } from './roles/routes.ts';
import { tokenRoutes } from './tokens/routes.ts';
import { workspaceRoutes } from './workspaces/routes.ts';

/** Every /api/v1 route. The guard, the OpenAPI document and the route-walking tests all read this list. */
export const apiRoutes: RouteDef[] = [
  ...authRoutes,
  ...meRoutes,
  ...tokenRoutes,
  ...organizationRoutes,
  ...workspaceRoutes,
  ...memberRoutes,
  ...invitationRoutes,
  ...auditRoutes,
  ...roleRoutes,
  ...profileRoutes,
  ...networkRoutes,
  ...notificationRoutes,
  ...postRoutes,
  ...composeRoutes,
];
