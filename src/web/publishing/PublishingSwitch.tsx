import { Group, Loader, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PauseDialog } from './PauseDialog.tsx';
import { usePublishing } from './queries.ts';
import { ResumeDialog } from './ResumeDialog.tsx';

/** The one switch that stops and restarts everything the workspace publishes. */
export function PublishingSwitch({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const publishing = usePublishing(workspaceId);
  const [dialog, setDialog] = useState<'pause' | 'resume' | null>(null);
  if (!publishing.data) return publishing.isPending ? <Loader size="sm" aria-label={t('common.loading')} /> : null;
  const on = publishing.data.paused === null;
  return (
    <Group gap="xs">
      <Switch
        size="md"
        color="canopy"
        checked={on}
        onChange={() => setDialog(on ? 'pause' : 'resume')}
        label={on ? t('publishing.on') : t('publishing.paused')}
        styles={{ label: { fontWeight: 600, color: on ? undefined : 'var(--mantine-color-orange-8)' } }}
      />
      <PauseDialog workspaceId={workspaceId} opened={dialog === 'pause'} onClose={() => setDialog(null)} />
      <ResumeDialog workspaceId={workspaceId} opened={dialog === 'resume'} overdue={publishing.data.overdue} onClose={() => setDialog(null)} />
    </Group>
  );
}
