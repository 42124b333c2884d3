import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../app/FormError.tsx';
import { fieldProblems } from '../../app/problems.ts';

interface Props {
  submitLabel: string;
  loading: boolean;
  error: unknown;
  color?: string;
  autoFocus?: boolean;
  onSubmit(code: string): void;
}

/** A 6-digit code from the authenticator app, and one button. */
export function CodeForm({ submitLabel, loading, error, color, autoFocus, onSubmit }: Props) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [invalid, setInvalid] = useState(false);
  const fieldError = invalid ? t('validation.totpCode') : fieldProblems(error, ['code'] as const).code;

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
      <Stack gap="sm">
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('fields.totpCode')}
            value={code}
            onChange={(e) => {
              setInvalid(false);
              setCode(e.currentTarget.value.replace(/\D/g, '').slice(0, 6));
            }}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            w={180}
            autoFocus={autoFocus}
            error={fieldError}
            styles={{ input: { letterSpacing: 4, fontVariantNumeric: 'tabular-nums' } }}
          />
          <Button type="submit" loading={loading} color={color} mt={25}>
            {submitLabel}
          </Button>
        </Group>
        {!fieldError && <FormError error={error} />}
      </Stack>
    </form>
  );
}
