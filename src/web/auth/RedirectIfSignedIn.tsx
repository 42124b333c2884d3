import type { ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { useMe } from '../api/me.ts';
import { FullPageLoader } from '../app/FullPageLoader.tsx';
import { safeNext } from './safe-next.ts';

/** Someone already signed in has no business on the login or signup page: send them on. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const me = useMe();
  const [params] = useSearchParams();
  if (me.isPending) return <FullPageLoader />;
  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;
  return <>{children}</>;
}
