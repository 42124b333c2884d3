import type { RouteDef } from '../route.ts';
import { approvalRoutes } from './approvals/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { campaignRoutes } from './campaigns/routes.ts';
import { inboxRoutes } from './inbox/routes.ts';
import { inboxWorkspaceRoutes } from './inbox/workspace-routes.ts';
import { inboxRuleRoutes } from './inbox-rules/routes.ts';
import { handoffRoutes } from './handoff/routes.ts';
import { teamRoutes } from './teams/routes.ts';
import { webhookRoutes } from './webhooks/routes.ts';
import { commentRoutes } from './comments/routes.ts';
import { composeRoutes } from './compose/routes.ts';
import { hashtagGroupRoutes } from './hashtag-groups/routes.ts';
import { importRoutes } from './imports/routes.ts';
import { invitationRoutes } from './invitations/routes.ts';
import { linkRoutes } from './links/routes.ts';
import { meRoutes } from './me/routes.ts';
import { mediaRoutes } from './media/routes.ts';
import { memberRoutes } from './members/routes.ts';
import { networkRoutes } from './networks/routes.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { organizationRoutes } from './organization/routes.ts';
import { policyRoutes } from './policy/routes.ts';
import { postRoutes } from './posts/routes.ts';
import { profileRoutes } from './profiles/routes.ts';
import { publishingRoutes } from './publishing/routes.ts';
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
  ...approvalRoutes,
  ...publishingRoutes,
  ...composeRoutes,
  ...mediaRoutes,
  ...campaignRoutes,
  ...inboxWorkspaceRoutes,
  ...inboxRoutes,
  ...inboxRuleRoutes,
  ...handoffRoutes,
  ...webhookRoutes,
  ...teamRoutes,
  ...hashtagGroupRoutes,
  ...commentRoutes,
  ...policyRoutes,
  ...linkRoutes,
  ...importRoutes,
];
