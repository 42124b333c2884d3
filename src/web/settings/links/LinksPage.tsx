import { Paper, PasswordInput, Radio, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { put } from '../../api/client.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { fieldProblems } from '../../app/problems.ts';
import { FormActions } from '../planning-form-parts.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { linksKey, useLinkSettings, type LinkSettings } from '../../planning/queries.ts';

const fields = ['shortener', 'bitlyToken'] as const;
const shorteners = ['none', 'canopy', 'bitly'] as const;

function LinksForm({ workspaceId, settings }: { workspaceId: string; settings: LinkSettings }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { shortener: settings.shortener as string, bitlyToken: '' } });
  const save = useMutation({
    mutationFn: (v: typeof form.values) => put<LinkSettings>(`/api/v1/workspaces/${workspaceId}/links`, { shortener: v.shortener, ...(v.bitlyToken.trim() && { bitlyToken: v.bitlyToken.trim() }) }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(linksKey(workspaceId), saved);
      form.resetDirty({ shortener: saved.shortener, bitlyToken: '' });
      form.setFieldValue('bitlyToken', '');
      notifications.show({ color: 'canopy', message: t('common.saved') });
    },
    onError: (err) => form.setErrors(fieldProblems(err, fields)),
  });
  return (
    <Paper withBorder p="xl" radius="lg" maw={720}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="lg">
          <Radio.Group label={t('planning.links.shortener')} description={t('planning.links.shortenerHelp')} {...form.getInputProps('shortener')}>
            <Stack gap="sm" mt="sm">
              {shorteners.map((s) => (
                <Radio key={s} value={s} label={s === 'bitly' ? 'Bitly' : t(`planning.links.${s}`)} description={t(`planning.links.${s}Help`)} />
              ))}
            </Stack>
          </Radio.Group>
          {form.values.shortener === 'bitly' && (
            <PasswordInput
              label={t('planning.links.bitlyToken')}
              description={settings.bitlyTokenSet ? t('planning.links.bitlyTokenSet') : t('planning.links.bitlyTokenHelp')}
              placeholder={settings.bitlyTokenSet ? '••••••••' : ''}
              autoComplete="off"
              required={!settings.bitlyTokenSet}
              {...form.getInputProps('bitlyToken')}
            />
          )}
          <FormActions error={save.error} fields={fields} saving={save.isPending} disabled={!form.isDirty()} />
        </Stack>
      </form>
    </Paper>
  );
}

export function LinksPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const settings = useLinkSettings(workspace.id);
  return (
    <>
      <PageHeader title={t('nav.links')} description={t('planning.links.description')} />
      <QueryState query={settings}>{(s) => <LinksForm key={workspace.id} workspaceId={workspace.id} settings={s} />}</QueryState>
    </>
  );
}
