import { Alert, Button, Center, Loader } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NoAccess } from './NoAccess.tsx';
import { isForbidden, problemMessage } from './problems.ts';

/** The part of a query (plain or infinite) this component reads. */
type QueryLike<T> =
  | { isPending: true; isError: false; data: undefined; error: null; isFetching: boolean; refetch(): Promise<unknown> }
  | { isPending: false; isError: true; data: T | undefined; error: Error; isFetching: boolean; refetch(): Promise<unknown> }
  | { isPending: false; isError: false; data: T; error: null; isFetching: boolean; refetch(): Promise<unknown> };

interface Props<T> {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
}

/** Loader while a query runs, "no access" on 403, the API's words and a retry on other errors. */
export function QueryState<T>({ query, children }: Props<T>) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <Center py="xl" role="status">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.isError) {
    if (isForbidden(query.error)) return <NoAccess />;
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('errors.loadFailed')} role="alert">
        {problemMessage(t, query.error)}
        <div>
          <Button mt="sm" size="xs" variant="light" color="red" onClick={() => void query.refetch()} loading={query.isFetching}>
            {t('common.retry')}
          </Button>
        </div>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
