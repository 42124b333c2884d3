import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconClockExclamation, IconPlayerPause } from '@tabler/icons-react';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router-dom';
import { may } from '../app/areas.ts';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import { useFormat } from '../i18n/format.ts';
import { usePublishing } from './queries.ts';
import { ResumeDialog } from './ResumeDialog.tsx';

/** At the top of every workspace page: publishing is paused (and by whom, why), or posts are late. */
export function PublishingBanner(): JSX.Element | null {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSignedInMe();
  const workspaceId = useMatch('/w/:workspaceId/*')?.params.workspaceId;
  const workspace = me.workspaces.find((w) => w.id === workspaceId);
  const publishing = usePublishing(workspace?.id ?? '', Boolean(workspace && may(workspace, 'calendar.read')));
  const [resuming, setResuming] = useState(false);
  if (!workspace || !publishing.data) return null;
  const { paused, stuck, overdue } = publishing.data;
  if (!paused && stuck.length === 0) return null;
  const firstLate = stuck[0]?.schedule?.date;

  return (
    <Stack gap="sm" mb="md">
      {paused && (
        <Alert color="orange" variant="light" icon={<IconPlayerPause aria-hidden />} role="status" data-publishing-paused>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">
              {t('publishing.pausedBanner', { name: paused.by?.name ?? t('publishing.someone'), time: format.dateTime(paused.at), reason: paused.reason })}
            </Text>
            {may(workspace, 'publishing.pause') && (
              <Button size="xs" color="orange" onClick={() => setResuming(true)}>
                {t('publishing.resume')}
              </Button>
            )}
          </Group>
          <ResumeDialog workspaceId={workspace.id} opened={resuming} overdue={overdue} onClose={() => setResuming(false)} />
        </Alert>
      )}
      {stuck.length > 0 && (
        <Alert color="red" variant="light" icon={<IconClockExclamation aria-hidden />} role="alert" data-publishing-late>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">{t('publishing.late', { count: stuck.length })}</Text>
            <Anchor component={Link} size="sm" fw={600} to={`/w/${workspace.id}/calendar?view=list${firstLate ? `&date=${firstLate}` : ''}`}>
              {t('publishing.showLate')}
            </Anchor>
          </Group>
        </Alert>
      )}
    </Stack>
  );
}
