import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Network, Profile } from '../../api/types.ts';
import { fieldProblems } from '../../app/problems.ts';
import { ConnectError } from './ConnectError.tsx';
import { fieldAutocomplete, fieldHelp, fieldLabel, isHttpUrl, withScheme } from './credential-fields.ts';
import { useConnectWithCredentials } from './queries.ts';

interface Props {
  workspaceId: string;
  network: Network;
  /** Known values when reconnecting: the server and the handle. */
  prefill: Record<string, string>;
  onConnected(profile: Profile | null): void;
}

/** The fields a credentials network asks for (Bluesky: server, handle or email, app password). */
export function CredentialConnectForm({ workspaceId, network, prefill, onConnected }: Props) {
  const { t } = useTranslation();
  const fields = network.credentialFields;
  const names = fields.map((f) => f.name);
  const connect = useConnectWithCredentials(workspaceId);
  const form = useForm<Record<string, string>>({
    initialValues: Object.fromEntries(fields.map((f) => [f.name, prefill[f.name] ?? f.defaultValue ?? ''])),
    validate: Object.fromEntries(
      fields.map((f) => [
        f.name,
        (value: string) => {
          if (!value.trim()) return t('validation.required');
          if (f.name === 'service' && !isHttpUrl(withScheme(value))) return t('profiles.connect.invalidUrl', { example: f.defaultValue ?? 'https://example.com' });
          return null;
        },
      ]),
    ),
  });

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        const sent = Object.fromEntries(names.map((n) => [n, n === 'service' ? withScheme(values[n] ?? '') : (values[n] ?? '').trim()]));
        connect.mutate(
          { network: network.id, fields: sent },
          {
            onSuccess: ({ items, added }) => {
              const reconnected = items.find((p) => p.network === network.id && p.handle === prefill.identifier);
              onConnected(added ?? reconnected ?? null);
            },
            onError: (err) => form.setErrors(fieldProblems(err, names)),
          },
        );
      })}
      noValidate
    >
      <Stack gap="md">
        {fields.map((f) => {
          const firstEmpty = f.name === fields.find((x) => !(prefill[x.name] ?? x.defaultValue))?.name;
          const common = {
            'data-autofocus': firstEmpty || undefined,
            label: fieldLabel(t, f.name),
            description: fieldHelp(t, network.id, f.name),
            required: true,
            autoComplete: fieldAutocomplete(f.name),
            ...form.getInputProps(f.name),
          };
          return f.secret ? <PasswordInput key={f.name} {...common} /> : <TextInput key={f.name} {...common} spellCheck={false} autoCapitalize="none" />;
        })}
        <ConnectError networkName={network.name} error={connect.error} fields={names} />
        <Group justify="flex-end">
          <Button type="submit" loading={connect.isPending}>
            {t('profiles.connect.submit', { network: network.name })}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
