import { Modal, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { patch, post } from '../../api/client.ts';
import { fieldProblems } from '../../app/problems.ts';
import { FormActions } from '../planning-form-parts.tsx';
import { hashtagGroupsKey, type HashtagGroup } from '../../planning/queries.ts';

export const MAX_HASHTAGS = 30;
const fields = ['name', 'hashtags'] as const;

/** What a hashtag looks like once saved: one leading #. */
const asHashtag = (tag: string) => `#${tag.trim().replace(/^[#＃]+/, '')}`;

export function HashtagGroupForm({ workspaceId, group, onClose }: { workspaceId: string; group: HashtagGroup | null; onClose(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: group?.name ?? '', hashtags: group?.hashtags ?? [] },
    validate: {
      name: (v) => (v.trim() ? null : t('planning.hashtags.nameRequired')),
      hashtags: (v) => (v.length === 0 ? t('planning.hashtags.tagsRequired') : null),
    },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
      const body = { name: v.name.trim(), hashtags: v.hashtags };
      return group ? patch<HashtagGroup>(`/api/v1/workspaces/${workspaceId}/hashtag-groups/${group.id}`, body) : post<HashtagGroup>(`/api/v1/workspaces/${workspaceId}/hashtag-groups`, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: hashtagGroupsKey(workspaceId) });
      onClose();
    },
    onError: (err) => form.setErrors(fieldProblems(err, fields)),
  });
  return (
    <Modal opened onClose={onClose} title={group ? t('planning.hashtags.editTitle') : t('planning.hashtags.createTitle')} centered size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="md">
          <TextInput label={t('planning.hashtags.name')} required data-autofocus {...form.getInputProps('name')} />
          <TagsInput
            label={t('planning.hashtags.tags')}
            description={t('planning.hashtags.tagsHelp', { max: MAX_HASHTAGS })}
            maxTags={MAX_HASHTAGS}
            splitChars={[',', ' ', '|']}
            clearable
            {...form.getInputProps('hashtags')}
            onChange={(tags) => form.setFieldValue('hashtags', [...new Set(tags.map(asHashtag).filter((tag) => tag !== '#'))])}
          />
          <FormActions error={save.error} fields={fields} saving={save.isPending} onCancel={onClose} submitLabel={group ? undefined : t('planning.hashtags.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
