import { Navigate } from 'react-router-dom';
import { firstAreaPath } from './areas.ts';
import { useWorkspace } from './WorkspaceScope.tsx';

/** /w/:workspaceId alone opens the first area this role may use. */
export function WorkspaceIndex() {
  return <Navigate to={firstAreaPath(useWorkspace())} replace />;
}
