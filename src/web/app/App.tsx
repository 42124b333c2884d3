import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { meKey } from '../api/me.ts';
import { router } from './router.tsx';
import { buildTheme } from './theme.ts';

function retry(failureCount: number, error: unknown): boolean {
  // A refusal will not change on a second try; a dropped connection or a 5xx might.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

const queryClient: QueryClient = new QueryClient({
  defaultOptions: { queries: { retry, refetchOnWindowFocus: true, staleTime: 10_000 } },
  queryCache: new QueryCache({
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      // The session ended (expired, or logged out in another tab): back to the login page.
      if (error.status === 401 && error.code === 'unauthenticated') queryClient.setQueryData(meKey, null);
      // The organization now requires two-factor sign-in: /me says so, and the app follows.
      if (error.code === 'totp_enrollment_required') void queryClient.invalidateQueries({ queryKey: meKey });
    },
  }),
});

export function App() {
  const { t, i18n } = useTranslation();
  const theme = useMemo(
    () => buildTheme({ close: t('common.close'), togglePassword: t('common.togglePassword') }),
    [t, i18n.language],
  );
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
