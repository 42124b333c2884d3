import { Alert } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { FormError } from '../../app/FormError.tsx';

interface Props {
  networkName: string;
  error: unknown;
  fields?: readonly string[];
}

/**
 * Why connecting failed. A network's own refusal comes with its reason, which only the API knows
 * and says in English: a heading in the reader's language says what kind of failure it is.
 */
export function ConnectError({ networkName, error, fields }: Props) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return <FormError error={error} fields={fields} />;
  const title =
    error.code === 'network_rejected'
      ? t('profiles.connect.rejected', { network: networkName })
      : error.code === 'network_unavailable'
        ? t('profiles.connect.unreachable', { network: networkName })
        : error.code === 'network_not_configured'
          ? t('profiles.connect.notConfigured', { network: networkName })
          : null;
  if (!title) return <FormError error={error} fields={fields} />;
  return (
    <Alert color="red" variant="light" icon={<IconPlugConnectedX aria-hidden />} title={title} role="alert">
      {error.detail}
    </Alert>
  );
}
