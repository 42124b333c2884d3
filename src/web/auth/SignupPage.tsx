import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { post } from '../api/client.ts';
import { sessionStarted } from '../api/me.ts';
import type { Me } from '../api/types.ts';
import { FormError } from '../app/FormError.tsx';
import { fieldProblems } from '../app/problems.ts';
import { limits, useValidators } from '../app/useValidators.ts';
import { currentLocale } from '../i18n/index.ts';
import { AuthLayout } from './AuthLayout.tsx';

interface SignupValues {
  name: string;
  email: string;
  password: string;
  organization: string;
}

const fields = ['name', 'email', 'password', 'organization'] as const;

export function SignupPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const rules = useValidators();
  const form = useForm<SignupValues>({
    initialValues: { name: '', email: '', password: '', organization: '' },
    validate: {
      name: rules.text(limits.personName),
      email: rules.email,
      password: rules.newPassword,
      organization: rules.text(limits.title),
    },
  });
  const signup = useMutation({
    mutationFn: (v: SignupValues) =>
      post<Me>('/api/v1/auth/signup', {
        name: v.name.trim(),
        email: v.email.trim(),
        password: v.password,
        organization: v.organization.trim(),
        locale: currentLocale(),
      }),
    onSuccess: (me) => {
      void sessionStarted(queryClient, me);
      void navigate('/welcome', { replace: true });
    },
    onError: (err) => form.setErrors(fieldProblems(err, fields)),
  });

  return (
    <AuthLayout
      title={t('signup.title')}
      subtitle={t('signup.subtitle')}
      footer={
        <>
          {t('signup.haveAccount')}{' '}
          <Anchor component={Link} to="/login" fw={500}>
            {t('signup.logIn')}
          </Anchor>
        </>
      }
    >
      <form onSubmit={form.onSubmit((v) => signup.mutate(v))} noValidate>
        <Stack gap="md">
          <TextInput label={t('fields.name')} autoComplete="name" required autoFocus {...form.getInputProps('name')} />
          <TextInput label={t('fields.email')} type="email" autoComplete="email" required {...form.getInputProps('email')} />
          <PasswordInput
            label={t('fields.password')}
            description={t('fields.passwordHelp')}
            autoComplete="new-password"
            required
            {...form.getInputProps('password')}
          />
          <TextInput
            label={t('fields.organization')}
            description={t('fields.organizationHelp')}
            autoComplete="organization"
            required
            {...form.getInputProps('organization')}
          />
          <FormError error={signup.error} fields={fields} />
          <Button type="submit" fullWidth loading={signup.isPending} mt="xs">
            {t('signup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
