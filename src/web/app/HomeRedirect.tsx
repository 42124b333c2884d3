import { Navigate } from 'react-router-dom';
import { firstAreaPath } from './areas.ts';
import { lastWorkspace } from './last-workspace.ts';
import { useSignedInMe } from './useSignedInMe.ts';

/** "/" leads into the last workspace used here, or to the welcome page when there is none. */
export function HomeRedirect() {
  const me = useSignedInMe();
  const workspace = lastWorkspace(me);
  return <Navigate to={workspace ? firstAreaPath(workspace) : '/welcome'} replace />;
}
