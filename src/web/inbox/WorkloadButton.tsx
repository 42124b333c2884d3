import { Badge, Button, Group, Loader, Popover, Stack, Text } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';
import { useWorkload } from './queries.ts';

/** For managers: how many open items each member holds, most first. */
export function WorkloadButton({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const workload = useWorkload(workspaceId, true);
  const items = workload.data?.items ?? [];
  return (
    <Popover position="bottom-end" width={280} shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" leftSection={<IconChartBar size={16} aria-hidden />}>
          {t('inbox.workload.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="region" aria-label={t('inbox.workload.title')}>
          <Text size="sm" fw={600}>
            {t('inbox.workload.title')}
          </Text>
          {workload.isPending && <Loader size="xs" aria-label={t('common.loading')} />}
          {!workload.isPending && items.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('inbox.workload.none')}
            </Text>
          )}
          <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
            {items.map((member) => (
              <Group component="li" key={member.userId} justify="space-between" wrap="nowrap" data-workload={member.userId}>
                <Text size="sm" truncate>
                  {member.name}
                </Text>
                <Badge variant={member.open > 0 ? 'light' : 'default'} tt="none" aria-label={t('inbox.workload.open', { shown: format.number(member.open) })}>
                  {format.number(member.open)}
                </Badge>
              </Group>
            ))}
          </Stack>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
