import { Button, Flex, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { NewApiToken } from '../../api/types.ts';
import { FormError } from '../../app/FormError.tsx';
import { fieldProblems } from '../../app/problems.ts';
import { limits, useValidators } from '../../app/useValidators.ts';

export function CreateTokenForm({ onCreated }: { onCreated(token: NewApiToken): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const rules = useValidators();
  const form = useForm({ initialValues: { name: '' }, validate: { name: rules.text(limits.title) } });
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
      <Flex direction={{ base: 'column', sm: 'row' }} align={{ base: 'stretch', sm: 'flex-start' }} gap="sm">
        <TextInput
          label={t('tokens.name')}
          placeholder={t('tokens.namePlaceholder')}
          required
          w={{ base: '100%', sm: 420 }}
          {...form.getInputProps('name')}
        />
        <Button type="submit" loading={create.isPending} mt={{ base: 4, sm: 25 }} style={{ alignSelf: 'flex-start' }}>
          {t('tokens.create')}
        </Button>
      </Flex>
      <FormError error={create.error} fields={['name']} />
    </form>
  );
}
