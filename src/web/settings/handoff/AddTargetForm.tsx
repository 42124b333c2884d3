import { Alert, Button, Code, CopyButton, Group, Modal, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../app/problems.ts';
import { useAddHandoffTarget } from './queries.ts';

/** Adds a signed webhook (its signing secret shown once, here) or HubSpot with a private app token. */
export function AddTargetForm({ workspaceId, opened, onClose }: { workspaceId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddHandoffTarget(workspaceId);
  const [kind, setKind] = useState<'webhook' | 'hubspot'>('webhook');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [secret, setSecret] = useState<string | null>(null);

  const close = () => {
    setName('');
    setUrl('');
    setToken('');
    setSecret(null);
    add.reset();
    onClose();
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    add.mutate(kind === 'webhook' ? { kind, name, url } : { kind, name, token }, {
      onSuccess: (created) => (created.signingSecret ? setSecret(created.signingSecret) : close()),
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('handoff.add.title')}>
      {secret ? (
        <Stack>
          <Alert color="yellow" title={t('handoff.add.secretTitle')}>
            {t('handoff.add.secretHint')}
          </Alert>
          <Code block data-signing-secret>
            {secret}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={secret}>{({ copied, copy }) => <Button variant="default" onClick={copy}>{copied ? t('handoff.add.copied') : t('handoff.add.copy')}</Button>}</CopyButton>
            <Button onClick={close}>{t('handoff.add.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit}>
          <Stack>
            <SegmentedControl
              value={kind}
              onChange={(v) => setKind(v === 'hubspot' ? 'hubspot' : 'webhook')}
              data={[
                { value: 'webhook', label: t('handoff.kind.webhook') },
                { value: 'hubspot', label: t('handoff.kind.hubspot') },
              ]}
            />
            <TextInput label={t('handoff.add.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={120} />
            {kind === 'webhook' ? (
              <TextInput label={t('handoff.add.url')} description={t('handoff.add.urlHint')} type="url" value={url} onChange={(e) => setUrl(e.currentTarget.value)} required placeholder="https://crm.example.com/hooks/canopy" />
            ) : (
              <PasswordInput label={t('handoff.add.token')} description={t('handoff.add.tokenHint')} value={token} onChange={(e) => setToken(e.currentTarget.value)} required autoComplete="off" />
            )}
            {add.error && (
              <Text c="red" size="sm" role="alert">
                {problemMessage(t, add.error)}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('handoff.add.cancel')}
              </Button>
              <Button type="submit" loading={add.isPending}>
                {t('handoff.add.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
