import type { ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { ComingSoon } from '../areas/ComingSoon.tsx';
import { InvitePage } from '../auth/InvitePage.tsx';
import { LoginPage } from '../auth/LoginPage.tsx';
import { RedirectIfSignedIn } from '../auth/RedirectIfSignedIn.tsx';
import { SignupPage } from '../auth/SignupPage.tsx';
import { CalendarPage } from '../calendar/CalendarPage.tsx';
import { ComposePage } from '../compose/ComposePage.tsx';
import { InboxPage } from '../inbox/InboxPage.tsx';
import { MediaLibraryPage } from '../media/MediaLibraryPage.tsx';
import { ApprovalSettingsPage } from '../approvals/ApprovalSettingsPage.tsx';
import { ApprovalsPage } from '../approvals/ApprovalsPage.tsx';
import { AuditPage } from '../settings/audit/AuditPage.tsx';
import { MembersPage } from '../settings/members/MembersPage.tsx';
import { NetworksPage } from '../settings/networks/NetworksPage.tsx';
import { OrganizationPage } from '../settings/OrganizationPage.tsx';
import { ConnectionFailedPage } from '../settings/profiles/ConnectionFailedPage.tsx';
import { ProfilesPage } from '../settings/profiles/ProfilesPage.tsx';
import { SecurityPage } from '../settings/SecurityPage.tsx';
import { TokensPage } from '../settings/tokens/TokensPage.tsx';
import { planningRoutes } from '../settings/planning-routes.tsx';
import { WorkspaceSettingsPage } from '../settings/WorkspaceSettingsPage.tsx';
import { areas, type AreaKey } from './areas.ts';
import { HomeRedirect } from './HomeRedirect.tsx';
import { NotFound } from './NotFound.tsx';
import { RequireAuth } from './RequireAuth.tsx';
import { RequirePermission } from './RequirePermission.tsx';
import { WelcomePage } from './WelcomePage.tsx';
import { WorkspaceIndex } from './WorkspaceIndex.tsx';
import { WorkspaceScope } from './WorkspaceScope.tsx';

/** The areas built so far; the others say they are coming. */
const areaPages: Partial<Record<AreaKey, ReactNode>> = { calendar: <CalendarPage />, compose: <ComposePage />, approvals: <ApprovalsPage />, media: <MediaLibraryPage />, inbox: <InboxPage /> };

const areaRoutes: RouteObject[] = areas.map((a) => ({
  path: a.path,
  element: (
    <RequirePermission permission={a.permission}>
      {areaPages[a.key] ?? <ComingSoon area={a.key} />}
    </RequirePermission>
  ),
}));

export const routes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <RedirectIfSignedIn>
        <LoginPage />
      </RedirectIfSignedIn>
    ),
  },
  {
    path: '/signup',
    element: (
      <RedirectIfSignedIn>
        <SignupPage />
      </RedirectIfSignedIn>
    ),
  },
  { path: '/invite/:token', element: <InvitePage /> },
  {
    path: '/',
    element: <RequireAuth />,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'welcome', element: <WelcomePage /> },
      {
        path: 'w/:workspaceId',
        element: <WorkspaceScope />,
        children: [
          { index: true, element: <WorkspaceIndex /> },
          ...areaRoutes,
          {
            path: 'compose/:postId',
            element: (
              <RequirePermission permission="posts.draft">
                <ComposePage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/profiles',
            element: (
              <RequirePermission permission="workspace.read">
                <ProfilesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/workspace',
            element: (
              <RequirePermission permission="workspace.update">
                <WorkspaceSettingsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/members',
            element: (
              <RequirePermission permission="members.read">
                <MembersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/audit',
            element: (
              <RequirePermission permission="audit.read">
                <AuditPage />
              </RequirePermission>
            ),
          },
          {
            path: 'settings/approvals',
            element: (
              <RequirePermission permission="workspace.update">
                <ApprovalSettingsPage />
              </RequirePermission>
            ),
          },
          ...planningRoutes,
          { path: '*', element: <NotFound /> },
        ],
      },
      { path: 'settings/organization', element: <OrganizationPage /> },
      { path: 'settings/networks', element: <NetworksPage /> },
      { path: 'settings/connection-failed', element: <ConnectionFailedPage /> },
      { path: 'settings/security', element: <SecurityPage /> },
      { path: 'settings/tokens', element: <TokensPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export const router = createBrowserRouter(routes);
