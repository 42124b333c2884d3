import { Button, Group, Modal, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MediaBrowser } from './MediaBrowser.tsx';
import { UploadZone } from './UploadZone.tsx';
import { useUploads } from './useUploads.ts';

interface Props {
  workspaceId: string;
  opened: boolean;
  /** Already on the post: shown as chosen. */
  value: string[];
  onClose(): void;
  onChoose(ids: string[]): void;
}

/** Choose files from the library, or upload new ones, which come chosen. */
export function MediaPickerModal({ workspaceId, opened, value, onClose, onChoose }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>(value);
  const { uploads, start, dismiss } = useUploads(workspaceId, (file) => setChosen((ids) => [...ids, file.id]));
  useEffect(() => {
    if (opened) setChosen(value);
  }, [opened]);
  const toggle = (id: string) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  return (
    <Modal opened={opened} onClose={onClose} title={t('media.picker.title')} size="xl">
      <Stack gap="md">
        <UploadZone uploads={uploads} onFiles={(files) => void start(files)} onDismiss={dismiss} />
        <MediaBrowser workspaceId={workspaceId} selected={chosen} onToggle={(file) => toggle(file.id)} />
        <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => onChoose(chosen)} disabled={uploads.some((u) => u.state === 'sending')}>
            {t('media.picker.use', { count: chosen.length })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
