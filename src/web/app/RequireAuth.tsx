import { Navigate, useLocation } from 'react-router-dom';
import { useMe } from '../api/me.ts';
import { LocaleSync } from '../i18n/LocaleSync.tsx';
import { AppLayout } from './AppLayout.tsx';
import { FullPageLoader } from './FullPageLoader.tsx';
import { QueryState } from './QueryState.tsx';

/**
 * The gate to the signed-in app: to the login page when nobody is signed in, to Security while
 * the organization requires two-factor sign-in this person has not set up.
 */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <FullPageLoader />;
  return (
    <QueryState query={me}>
      {(data) => {
        if (!data) {
          const next = location.pathname + location.search;
          return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
        }
        if (data.mustEnrollTotp && location.pathname !== '/settings/security') {
          return <Navigate to="/settings/security" replace />;
        }
        return (
          <>
            <LocaleSync locale={data.user.locale} />
            <AppLayout me={data} />
          </>
        );
      }}
    </QueryState>
  );
}
