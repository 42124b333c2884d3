import { Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fieldProblems } from '../../app/problems.ts';
import { useSaveSavedReply, type SavedReply } from '../../inbox/team-queries.ts';
import { FormActions } from '../planning-form-parts.tsx';

const fields = ['name', 'body'] as const;

/** A reply the team sends often: a name to find it by, and its words with {name} and {handle} to fill. */
export function SavedReplyForm({ workspaceId, reply, onClose }: { workspaceId: string; reply: SavedReply | null; onClose(): void }) {
  const { t } = useTranslation();
  const save = useSaveSavedReply(workspaceId);
  const form = useForm({
    initialValues: { name: reply?.name ?? '', body: reply?.body ?? '' },
    validate: {
      name: (v) => (v.trim() ? null : t('inboxSettings.saved.nameRequired')),
      body: (v) => (v.trim() ? null : t('inboxSettings.saved.bodyRequired')),
    },
  });
  return (
    <Modal opened onClose={onClose} title={reply ? t('inboxSettings.saved.editTitle') : t('inboxSettings.saved.createTitle')} centered size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          save.mutate({ id: reply?.id, name: v.name.trim(), body: v.body.trim() }, { onSuccess: onClose, onError: (err) => form.setErrors(fieldProblems(err, fields)) }),
        )}
      >
        <Stack gap="md">
          <TextInput label={t('inboxSettings.saved.name')} required data-autofocus {...form.getInputProps('name')} />
          <Textarea
            label={t('inboxSettings.saved.body')}
            description={t('inboxSettings.saved.hint', { name: '{name}', handle: '{handle}', interpolation: { escapeValue: false } })}
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={10_000}
            {...form.getInputProps('body')}
          />
          <FormActions error={save.error} fields={fields} saving={save.isPending} onCancel={onClose} submitLabel={reply ? undefined : t('inboxSettings.saved.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
