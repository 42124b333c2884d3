import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../app/FormError.tsx';
import { usePausePublishing } from './queries.ts';

interface Props {
  workspaceId: string;
  opened: boolean;
  onClose(): void;
}

/** Pausing stops every post of the workspace from going out; the reason tells the team why. */
export function PauseDialog({ workspaceId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const pause = usePausePublishing(workspaceId);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  function close() {
    pause.reset();
    setReason('');
    setMissing(false);
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setMissing(true);
      return;
    }
    pause.mutate(trimmed, {
      onSuccess: () => {
        notifications.show({ color: 'orange', message: t('publishing.pausedNotice') });
        close();
      },
    });
  }

  return (
    <Modal opened={opened} onClose={close} title={t('publishing.pauseTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('publishing.pauseText')}</Text>
          <FormError error={pause.error} />
          <Textarea
            label={t('publishing.reason')}
            placeholder={t('publishing.reasonPlaceholder')}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={reason}
            error={missing ? t('publishing.reasonRequired') : undefined}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setMissing(false);
            }}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="orange" loading={pause.isPending}>
              {t('publishing.pauseConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
