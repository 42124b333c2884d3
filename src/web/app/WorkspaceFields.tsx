import { Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { languageNames, locales, type Locale } from '../i18n/languages.ts';
import { timeZoneOptions } from './timezones.ts';
import { limits, useValidators } from './useValidators.ts';

export interface WorkspaceValues {
  name: string;
  timezone: string;
  locale: Locale;
}

export const workspaceFields = ['name', 'timezone', 'locale'] as const;

export function useWorkspaceForm(initial: WorkspaceValues) {
  const rules = useValidators();
  return useForm<WorkspaceValues>({
    initialValues: initial,
    validate: { name: rules.text(limits.title), timezone: rules.present },
  });
}

// @mantine/form's own name for this type does not resolve under NodeNext; derive it instead.
type WorkspaceForm = ReturnType<typeof useWorkspaceForm>;

/** Name, time zone and language of a workspace: the same fields to create one and to edit it. */
export function WorkspaceFields({ form, autoFocus }: { form: WorkspaceForm; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const zones = useMemo(() => timeZoneOptions(), []);
  const languageOptions = locales.map((l) => ({ value: l, label: languageNames[l] }));
  return (
    <Stack gap="md">
      <TextInput
        label={t('workspace.name')}
        placeholder={t('workspace.namePlaceholder')}
        required
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus}
        {...form.getInputProps('name')}
      />
      <Select
        label={t('workspace.timezone')}
        description={t('workspace.timezoneHelp')}
        data={zones}
        searchable
        limit={100}
        nothingFoundMessage={t('common.nothingFound')}
        allowDeselect={false}
        required
        {...form.getInputProps('timezone')}
      />
      <Select
        label={t('workspace.locale')}
        description={t('workspace.localeHelp')}
        data={languageOptions}
        allowDeselect={false}
        required
        {...form.getInputProps('locale')}
      />
    </Stack>
  );
}
