import type { RouteObject } from 'react-router-dom';
import { RequirePermission } from '../app/RequirePermission.tsx';
import { CampaignsPage } from './campaigns/CampaignsPage.tsx';
import { HandoffPage } from './handoff/HandoffPage.tsx';
import { HashtagGroupsPage } from './hashtag-groups/HashtagGroupsPage.tsx';
import { ImportPage } from './imports/ImportPage.tsx';
import { InboxSettingsPage } from './inbox/InboxSettingsPage.tsx';
import { LinksPage } from './links/LinksPage.tsx';
import { PolicyPage } from './policy/PolicyPage.tsx';

/** The planning settings under /w/:workspaceId/settings/, each behind the permission its navigation entry asks. */
export const planningRoutes: RouteObject[] = [
  { path: 'settings/campaigns', element: <RequirePermission permission="calendar.read"><CampaignsPage /></RequirePermission> },
  { path: 'settings/hashtag-groups', element: <RequirePermission permission="calendar.read"><HashtagGroupsPage /></RequirePermission> },
  { path: 'settings/policy', element: <RequirePermission permission="workspace.update"><PolicyPage /></RequirePermission> },
  { path: 'settings/links', element: <RequirePermission permission="workspace.update"><LinksPage /></RequirePermission> },
  { path: 'settings/import', element: <RequirePermission permission="posts.draft"><ImportPage /></RequirePermission> },
  { path: 'settings/inbox', element: <RequirePermission permission="inbox.read"><InboxSettingsPage /></RequirePermission> },
  { path: 'settings/handoff', element: <RequirePermission permission="inbox.read"><HandoffPage /></RequirePermission> },
];
