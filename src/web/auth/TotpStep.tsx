import { Button, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../app/FormError.tsx';

interface Props {
  loading: boolean;
  error: unknown;
  onSubmit(code: string): void;
  onBack(): void;
}

/** The second step of signing in: the 6-digit code from the authenticator app. */
export function TotpStep({ loading, error, onSubmit, onBack }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);

  function submit(e: FormEvent): void {
    e.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setInvalid(true);
      return;
    }
    onSubmit(code);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('fields.totpCode')}
          description={t('login.totpHelp')}
          value={code}
          onChange={(e) => {
            setInvalid(false);
            setCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6));
          }}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          autoFocus
          required
          error={invalid ? t('validation.totpCode') : undefined}
          styles={{ input: { fontSize: 22, letterSpacing: 8, textAlign: 'center', fontVariantNumeric: 'tabular-nums' } }}
        />
        <FormError error={error} />
        <Button type="submit" fullWidth loading={loading}>
          {t('login.verify')}
        </Button>
        <Button variant="subtle" color="gray" onClick={onBack}>
          {t('common.back')}
        </Button>
      </Stack>
    </form>
  );
}
