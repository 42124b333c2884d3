import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { post } from '../api/client.ts';
import { sessionStarted } from '../api/me.ts';
import { FormError } from '../app/FormError.tsx';
import { fieldProblems } from '../app/problems.ts';
import { limits, useValidators } from '../app/useValidators.ts';
import { currentLocale } from '../i18n/index.ts';

interface Values {
  name: string;
  password: string;
}

/** Someone new to Canopy accepts an invitation by choosing a name and password; then they are in. */
export function NewMemberForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const rules = useValidators();
  const form = useForm<Values>({
    initialValues: { name: '', password: '' },
    validate: { name: rules.text(limits.personName), password: rules.newPassword },
  });
  const accept = useMutation({
    mutationFn: (v: Values) =>
      post<{ workspaceId: string }>(`/api/v1/invitations/${encodeURIComponent(token)}/accept`, {
        name: v.name.trim(),
        password: v.password,
        locale: currentLocale(),
      }),
    onSuccess: async ({ workspaceId }) => {
      await sessionStarted(queryClient);
      void navigate(`/w/${workspaceId}`, { replace: true });
    },
    onError: (err) => form.setErrors(fieldProblems(err, ['name', 'password'] as const)),
  });
  return (
    <form onSubmit={form.onSubmit((v) => accept.mutate(v))} noValidate>
      <Stack gap="md">
        <TextInput label={t('fields.name')} autoComplete="name" required autoFocus {...form.getInputProps('name')} />
        <PasswordInput
          label={t('fields.choosePassword')}
          description={t('fields.passwordHelp')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <FormError error={accept.error} fields={['name', 'password']} />
        <Button type="submit" fullWidth loading={accept.isPending}>
          {t('invite.join')}
        </Button>
      </Stack>
    </form>
  );
}
