import type { ReactNode } from 'react';
import type { Permission } from '../api/types.ts';
import { may } from './areas.ts';
import { NoAccess } from './NoAccess.tsx';
import { useWorkspace } from './WorkspaceScope.tsx';

/** Shows the page only when the person's role in this workspace carries the permission. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const workspace = useWorkspace();
  return may(workspace, permission) ? <>{children}</> : <NoAccess />;
}
