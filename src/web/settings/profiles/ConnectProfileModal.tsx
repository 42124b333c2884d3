import { ActionIcon, Alert, Group, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBan } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network, Profile } from '../../api/types.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { connectKind, oauthWay, usesAppPassword, type ConnectWay } from '../../networks/connect-kind.ts';
import { NetworkMark } from '../../networks/NetworkMark.tsx';
import { useNetworks } from '../../networks/queries.ts';
import { unavailableReason } from '../../networks/unavailable-reason.ts';
import { CredentialConnectForm } from './CredentialConnectForm.tsx';
import { HandleConnectForm } from './HandleConnectForm.tsx';
import { NeedsAppCredentials } from './NeedsAppCredentials.tsx';
import { NetworkPicker } from './NetworkPicker.tsx';
import { OAuthConnectStep } from './OAuthConnectStep.tsx';
import { ServerConnectForm } from './ServerConnectForm.tsx';

/** What the modal opens on: the list, or one network, with what is known when reconnecting. */
export interface ConnectRequest {
  network?: string;
  /** For networks with more than one way: the one to show first. */
  way?: 'credentials' | 'oauth2';
  prefill?: Record<string, string>;
}

interface Props {
  workspaceId: string;
  request: ConnectRequest | null;
  onClose(): void;
  onConnected(network: Network, profile: Profile | null): void;
}

interface StepProps {
  workspaceId: string;
  network: Network;
  prefill: Record<string, string>;
  onConnected(profile: Profile | null): void;
}

function WayStep({ way, onUseCredentials, ...props }: StepProps & { way: ConnectWay; onUseCredentials?: () => void }) {
  const { workspaceId, network, prefill } = props;
  switch (way) {
    case 'credentials':
      return <CredentialConnectForm {...props} />;
    case 'server':
      return <ServerConnectForm workspaceId={workspaceId} network={network} prefill={prefill} />;
    case 'handle':
      return <HandleConnectForm workspaceId={workspaceId} network={network} prefill={prefill} onUseCredentials={onUseCredentials} />;
    case 'oauth':
      return <OAuthConnectStep workspaceId={workspaceId} network={network} />;
    case 'needs_app':
      return <NeedsAppCredentials network={network} />;
  }
}

/** Networks with two ways (Bluesky): signing in on the network, or credentials typed here. */
function ChoiceStep({ initialWay, ...props }: StepProps & { initialWay: ConnectRequest['way'] }) {
  const { t } = useTranslation();
  const { network } = props;
  const [way, setWay] = useState<'oauth2' | 'credentials'>(initialWay ?? 'oauth2');
  const oauth = oauthWay(network);
  return (
    <Stack gap="md">
      <SegmentedControl
        fullWidth
        aria-label={t('profiles.connect.wayLabel')}
        value={way}
        onChange={(v) => setWay(v === 'credentials' ? 'credentials' : 'oauth2')}
        data={[
          { value: 'oauth2', label: t('profiles.connect.wayOAuth', { network: network.name }) },
          { value: 'credentials', label: usesAppPassword(network) ? t('profiles.connect.wayAppPassword') : t('profiles.connect.wayCredentials') },
        ]}
      />
      {way === 'credentials' || !oauth ? <WayStep {...props} way="credentials" /> : <WayStep {...props} way={oauth} onUseCredentials={() => setWay('credentials')} />}
    </Stack>
  );
}

function NetworkStep({ request, ...props }: StepProps & { request: ConnectRequest }) {
  const { t } = useTranslation();
  const kind = connectKind(props.network);
  if (kind === 'choice') return <ChoiceStep {...props} initialWay={request.way} />;
  if (kind === 'unavailable') {
    return (
      <Alert color="gray" icon={<IconBan aria-hidden />} title={t('networks.unavailable')}>
        {unavailableReason(t, props.network)}
      </Alert>
    );
  }
  return <WayStep {...props} way={kind} />;
}

function Steps({ workspaceId, networks, request, onConnected }: { workspaceId: string; networks: Network[]; request: ConnectRequest; onConnected: Props['onConnected'] }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string | null>(request.network ?? null);
  const lastPicked = useRef<string | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const network = networks.find((n) => n.id === picked);

  // The button that was pressed is gone once the step changes: focus goes where the person continues.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const target = picked
      ? (el.querySelector<HTMLElement>('[data-autofocus]') ?? el.querySelector<HTMLElement>('input, a[href], button'))
      : el.querySelector<HTMLElement>(`[data-network-option="${lastPicked.current ?? ''}"]`);
    target?.focus();
    lastPicked.current = picked ?? lastPicked.current;
  }, [picked]);

  if (!network) {
    return (
      <Stack gap="md" ref={root}>
        <Text size="sm" c="dimmed">
          {t('profiles.connect.intro')}
        </Text>
        <NetworkPicker networks={networks} onPick={(n) => setPicked(n.id)} />
      </Stack>
    );
  }
  return (
    <Stack gap="md" ref={root}>
      <Group gap="sm" wrap="nowrap">
        <ActionIcon variant="subtle" color="gray" onClick={() => setPicked(null)} aria-label={t('profiles.connect.backToList')}>
          <IconArrowLeft size={18} aria-hidden />
        </ActionIcon>
        <NetworkMark network={network} size={32} />
        <Title order={3} size="h4">
          {network.name}
        </Title>
      </Group>
      <NetworkStep workspaceId={workspaceId} network={network} request={request} prefill={request.prefill ?? {}} onConnected={(profile) => onConnected(network, profile)} />
    </Stack>
  );
}

/** Connect a profile: pick a network, then sign in the way that network works. */
export function ConnectProfileModal({ workspaceId, request, onClose, onConnected }: Props) {
  const { t } = useTranslation();
  const networks = useNetworks();
  return (
    <Modal opened={request !== null} onClose={onClose} title={t('profiles.connect.title')} size="xl" centered>
      {request && <QueryState query={networks}>{(items) => <Steps workspaceId={workspaceId} networks={items} request={request} onConnected={onConnected} />}</QueryState>}
    </Modal>
  );
}
