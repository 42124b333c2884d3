import { Button, Group, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../api/client.ts';
import { meKey } from '../api/me.ts';
import type { WorkspaceSummary } from '../api/types.ts';
import { currentLocale } from '../i18n/index.ts';
import { FormError } from './FormError.tsx';
import { fieldProblems } from './problems.ts';
import { browserTimeZone } from './timezones.ts';
import { useWorkspaceForm, workspaceFields, WorkspaceFields, type WorkspaceValues } from './WorkspaceFields.tsx';

interface Props {
  onCreated(workspace: WorkspaceSummary): void;
  onCancel?: () => void;
}

export function CreateWorkspaceForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useWorkspaceForm({ name: '', timezone: browserTimeZone(), locale: currentLocale() });
  const create = useMutation({
    mutationFn: (values: WorkspaceValues) => post<WorkspaceSummary>('/api/v1/workspaces', { ...values, name: values.name.trim() }),
    onSuccess: async (workspace) => {
      // The new workspace must be in /me before anyone navigates into it.
      await queryClient.invalidateQueries({ queryKey: meKey });
      onCreated(workspace);
    },
    onError: (err) => form.setErrors(fieldProblems(err, workspaceFields)),
  });
  return (
    <form onSubmit={form.onSubmit((values) => create.mutate(values))} noValidate>
      <Stack gap="lg">
        <WorkspaceFields form={form} autoFocus />
        <FormError error={create.error} fields={workspaceFields} />
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          )}
          <Button type="submit" loading={create.isPending}>
            {t('workspace.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
