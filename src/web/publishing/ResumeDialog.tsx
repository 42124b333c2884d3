import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../app/FormError.tsx';
import { useResumePublishing, type OverdueChoice } from './queries.ts';

interface Props {
  workspaceId: string;
  opened: boolean;
  /** Posts whose time passed while paused: what to do with them is the question. */
  overdue: number;
  onClose(): void;
}

const choices: OverdueChoice[] = ['publish_now', 'queue', 'draft'];

/** Resuming asks what becomes of the posts whose time passed while publishing was paused. */
export function ResumeDialog({ workspaceId, opened, overdue, onClose }: Props) {
  const { t } = useTranslation();
  const resume = useResumePublishing(workspaceId);
  const [choice, setChoice] = useState<OverdueChoice>('queue');

  function close() {
    resume.reset();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    resume.mutate(choice, {
      onSuccess: (outcome) => {
        notifications.show({ color: 'canopy', message: t('publishing.resumedNotice') });
        if (choice !== 'draft' && outcome.drafted.length > 0) {
          notifications.show({ color: 'orange', autoClose: false, message: t('publishing.keptAsDrafts', { count: outcome.drafted.length }) });
        }
        close();
      },
    });
  }

  return (
    <Modal opened={opened} onClose={close} title={t('publishing.resumeTitle')} centered>
      <form onSubmit={submit}>
        <Stack gap="md">
          <FormError error={resume.error} />
          <Text size="sm" fw={500}>
            {t('publishing.overdueCount', { count: overdue })}
          </Text>
          {overdue > 0 && (
            <Radio.Group label={t('publishing.overdueQuestion')} value={choice} onChange={(v) => setChoice(v as OverdueChoice)}>
              <Stack gap="sm" mt="xs">
                {choices.map((c) => (
                  <Radio key={c} value={c} label={t(`publishing.overdue.${c}`)} description={t(`publishing.overdueHint.${c}`)} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={resume.isPending} data-autofocus>
              {t('publishing.resumeConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
