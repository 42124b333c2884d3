import { Alert, Button, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { get } from '../../api/client.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { useFormat } from '../../i18n/format.ts';
import type { ImportProgress } from './types.ts';

/** Follows an import until its job has made every post, then shows what failed and why. */
export function ImportProgressPanel({ workspaceId, importId, onAnother }: { workspaceId: string; importId: string; onAnother(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const progress = useQuery({
    queryKey: ['workspaces', workspaceId, 'imports', importId],
    queryFn: () => get<ImportProgress>(`/api/v1/workspaces/${workspaceId}/imports/${importId}`),
    refetchInterval: (query) => (query.state.data?.status === 'done' ? false : 1000),
  });
  return (
    <QueryState query={progress}>
      {(p) => {
        const failures = p.results.filter((r) => r.error);
        const percent = p.total === 0 ? 100 : Math.round((p.done / p.total) * 100);
        return (
          <Stack gap="lg">
            <Paper withBorder p="lg" radius="lg">
              <Stack gap="sm">
                <Group justify="space-between">
                  <Title order={2} size="h4">
                    {p.status === 'done' ? t('planning.imports.finished') : t('planning.imports.running')}
                  </Title>
                  <Text size="sm" c="dimmed" aria-live="polite">
                    {t('planning.imports.progress', { done: format.number(p.done), total: format.number(p.total) })}
                  </Text>
                </Group>
                <Progress value={percent} size="lg" radius="xl" animated={p.status !== 'done'} aria-label={t('planning.imports.progressLabel')} />
                {p.status === 'done' && (
                  <Alert color={failures.length ? 'yellow' : 'canopy'} icon={<IconCircleCheck aria-hidden />} role="status">
                    {t('planning.imports.summary', { succeeded: format.number(p.succeeded), failed: format.number(p.failed) })}
                  </Alert>
                )}
              </Stack>
            </Paper>
            {p.status === 'done' && failures.length > 0 && (
              <Paper withBorder radius="lg">
                <Table verticalSpacing="xs" data-testid="import-failures">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={80}>{t('planning.imports.row')}</Table.Th>
                      <Table.Th>{t('planning.imports.reason')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {failures.map((r) => (
                      <Table.Tr key={r.row}>
                        <Table.Td>{r.row}</Table.Td>
                        <Table.Td>
                          <Text size="sm" c="red.8">
                            {r.error}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            )}
            {p.status === 'done' && (
              <Group>
                <Button component={Link} to={`/w/${workspaceId}/calendar`}>
                  {t('planning.imports.openCalendar')}
                </Button>
                <Button variant="default" onClick={onAnother}>
                  {t('planning.imports.another')}
                </Button>
              </Group>
            )}
          </Stack>
        );
      }}
    </QueryState>
  );
}
