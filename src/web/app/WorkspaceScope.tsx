import { createContext, useContext } from 'react';
import { Outlet, useParams } from 'react-router-dom';
import type { WorkspaceOfMe } from '../api/types.ts';
import { NoAccess } from './NoAccess.tsx';
import { useSignedInMe } from './useSignedInMe.ts';

const WorkspaceContext = createContext<WorkspaceOfMe | null>(null);

/** The workspace named in the URL, if this person may enter it; pages below read it with useWorkspace. */
export function WorkspaceScope() {
  const me = useSignedInMe();
  const { workspaceId } = useParams();
  const workspace = me.workspaces.find((w) => w.id === workspaceId);
  if (!workspace) return <NoAccess />;
  return (
    <WorkspaceContext.Provider value={workspace}>
      <Outlet />
    </WorkspaceContext.Provider>
  );
}

export function useWorkspace(): WorkspaceOfMe {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace used outside WorkspaceScope');
  return workspace;
}
