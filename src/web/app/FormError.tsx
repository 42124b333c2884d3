import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { problemMessage } from './problems.ts';

interface Props {
  error: unknown;
  /** The form's fields: when every problem belongs to one of them, they speak for themselves. */
  fields?: readonly string[];
}

/** The API's explanation of a failed submit, shown above the form's button. */
export function FormError({ error, fields = [] }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const allOnFields =
    error instanceof ApiError &&
    error.problems.length > 0 &&
    error.problems.every((p) => fields.includes(p.field.replace(/^body\./, '')));
  return (
    <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
      {allOnFields ? t('errors.checkFields') : problemMessage(t, error)}
    </Alert>
  );
}
