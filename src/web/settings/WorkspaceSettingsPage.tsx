import { Button, Group, Paper, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { patch } from '../api/client.ts';
import { meKey } from '../api/me.ts';
import type { WorkspaceOfMe, WorkspaceSummary } from '../api/types.ts';
import { FormError } from '../app/FormError.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { fieldProblems } from '../app/problems.ts';
import { useWorkspaceForm, workspaceFields, WorkspaceFields, type WorkspaceValues } from '../app/WorkspaceFields.tsx';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { isLocale } from '../i18n/languages.ts';

function WorkspaceForm({ workspace }: { workspace: WorkspaceOfMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useWorkspaceForm({
    name: workspace.name,
    timezone: workspace.timezone,
    locale: isLocale(workspace.locale) ? workspace.locale : 'en',
  });
  const save = useMutation({
    mutationFn: (v: WorkspaceValues) => patch<WorkspaceSummary>(`/api/v1/workspaces/${workspace.id}`, { ...v, name: v.name.trim() }),
    onSuccess: async (saved) => {
      form.resetDirty({ name: saved.name, timezone: saved.timezone, locale: isLocale(saved.locale) ? saved.locale : 'en' });
      await queryClient.invalidateQueries({ queryKey: meKey });
      notifications.show({ color: 'canopy', message: t('common.saved') });
    },
    onError: (err) => form.setErrors(fieldProblems(err, workspaceFields)),
  });
  return (
    <Paper withBorder p="xl" radius="lg" maw={640}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="lg">
          <WorkspaceFields form={form} />
          <FormError error={save.error} fields={workspaceFields} />
          <Group justify="flex-end">
            <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

export function WorkspaceSettingsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  return (
    <>
      <PageHeader title={t('nav.workspace')} description={t('workspace.settingsDescription')} />
      <WorkspaceForm key={workspace.id} workspace={workspace} />
    </>
  );
}
