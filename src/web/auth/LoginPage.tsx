import { Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError, post } from '../api/client.ts';
import { sessionStarted } from '../api/me.ts';
import type { Me } from '../api/types.ts';
import { FormError } from '../app/FormError.tsx';
import { fieldProblems } from '../app/problems.ts';
import { useValidators } from '../app/useValidators.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { safeNext } from './safe-next.ts';
import { TotpStep } from './TotpStep.tsx';

interface Credentials {
  email: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const [needsTotp, setNeedsTotp] = useState(false);
  const rules = useValidators();
  const form = useForm<Credentials>({
    initialValues: { email: '', password: '' },
    validate: {
      email: rules.email,
      password: rules.present,
    },
  });

  const login = useMutation({
    mutationFn: (input: Credentials & { totp?: string }) => post<Me>('/api/v1/auth/login', { ...input, email: input.email.trim() }),
    onSuccess: (me) => {
      void sessionStarted(queryClient, me);
      void navigate(next, { replace: true });
    },
    onError: (err, input) => {
      if (err instanceof ApiError && err.code === 'totp_required' && !input.totp) {
        login.reset();
        setNeedsTotp(true);
        return;
      }
      form.setErrors(fieldProblems(err, ['email', 'password'] as const));
    },
  });

  if (needsTotp) {
    return (
      <AuthLayout title={t('login.totpTitle')} subtitle={t('login.totpSubtitle')}>
        <TotpStep
          loading={login.isPending}
          error={login.error}
          onSubmit={(totp) => login.mutate({ ...form.getValues(), totp })}
          onBack={() => {
            login.reset();
            setNeedsTotp(false);
          }}
        />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title={t('login.title')}
      subtitle={t('login.subtitle')}
      footer={
        <>
          {t('login.noAccount')}{' '}
          <Anchor component={Link} to="/signup" fw={500}>
            {t('login.signUp')}
          </Anchor>
        </>
      }
    >
      <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
        <Stack gap="md">
          <TextInput label={t('fields.email')} type="email" autoComplete="username" required autoFocus {...form.getInputProps('email')} />
          <PasswordInput label={t('fields.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
          <FormError error={login.error} fields={['email', 'password']} />
          <Button type="submit" fullWidth loading={login.isPending} mt="xs">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthLayout>
  );
}
