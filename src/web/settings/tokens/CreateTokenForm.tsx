import { Button, Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { NewApiToken } from '../../api/types.ts';
import { FormError } from '../../app/FormError.tsx';
import { fieldProblems } from '../../app/problems.ts';

export function CreateTokenForm({ onCreated }: { onCreated(token: NewApiToken): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (v: string) => (v.trim() ? null : t('validation.required')) },
  });
  const create = useMutation({
    mutationFn: (name: string) => post<NewApiToken>('/api/v1/tokens', { name }),
    onSuccess: async (token) => {
      form.reset();
      onCreated(token);
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
    },
    onError: (err) => form.setErrors(fieldProblems(err, ['name'] as const)),
  });
  return (
    <form onSubmit={form.onSubmit((v) => create.mutate(v.name.trim()))} noValidate>
      <Group align="flex-start" gap="sm">
        <TextInput
          label={t('tokens.name')}
          placeholder={t('tokens.namePlaceholder')}
          required
          style={{ flex: '1 1 280px' }}
          maw={420}
          {...form.getInputProps('name')}
        />
        <Button type="submit" loading={create.isPending} mt={25}>
          {t('tokens.create')}
        </Button>
      </Group>
      <FormError error={create.error} />
    </form>
  );
}
