import { Button, Center, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.ts';
import type { AuditPage } from '../../api/types.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { useFormat } from '../../i18n/format.ts';
import { actionLabel, detailPairs } from './describe.ts';

const PAGE_SIZE = 50;

interface Props {
  /** The API path of the trail, e.g. /api/v1/workspaces/:id/audit. */
  path: string;
  queryKey: readonly unknown[];
}

/** An audit trail, newest first, a page at a time. */
export function AuditLog({ path, queryKey }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => get<AuditPage>(`${path}?limit=${PAGE_SIZE}${pageParam ? `&before=${pageParam}` : ''}`),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBefore,
    // A trail is read to see what just happened: never show a cached one without asking again.
    staleTime: 0,
  });

  return (
    <QueryState query={query}>
      {(data) => {
        const events = data.pages.flatMap((p) => p.items);
        if (events.length === 0) {
          return (
            <Center py="xl">
              <Stack align="center" gap="xs" c="dimmed">
                <IconHistory size={32} aria-hidden />
                <Text>{t('audit.empty')}</Text>
              </Stack>
            </Center>
          );
        }
        return (
          <Stack gap="md">
            <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
              <Table.ScrollContainer minWidth={640}>
                <Table verticalSpacing="sm" horizontalSpacing="md" striped>
                  <Table.Thead bg="var(--mantine-color-gray-0)">
                    <Table.Tr>
                      <Table.Th w={190}>{t('audit.columns.when')}</Table.Th>
                      <Table.Th w={180}>{t('audit.columns.who')}</Table.Th>
                      <Table.Th w={220}>{t('audit.columns.action')}</Table.Th>
                      <Table.Th>{t('audit.columns.details')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {events.map((e) => (
                      <Table.Tr key={e.id}>
                        <Table.Td>
                          <Text size="sm" component="time" dateTime={e.createdAt} style={{ whiteSpace: 'nowrap' }}>
                            {format.dateTime(e.createdAt)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{e.actor?.name ?? t('audit.system')}</Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {actionLabel(t, e.action)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Group gap="md" wrap="wrap" style={{ rowGap: 2 }}>
                            {detailPairs(t, e.details).map(({ label, value }) => (
                              <Text size="sm" key={label}>
                                <Text span c="dimmed" size="sm">
                                  {label}:
                                </Text>{' '}
                                {value}
                              </Text>
                            ))}
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
            {query.hasNextPage && (
              <Center>
                <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
                  {t('audit.loadMore')}
                </Button>
              </Center>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
