import { Alert, Button, EmptyState, SimpleGrid } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconPlugConnected, IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { Network, Profile } from '../../api/types.ts';
import { may } from '../../app/areas.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { problemMessage } from '../../app/problems.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { profileHandle } from '../../networks/handle.ts';
import { networkOf, useNetworks } from '../../networks/queries.ts';
import { useMembers } from '../members/queries.ts';
import { ConnectProfileModal, type ConnectRequest } from './ConnectProfileModal.tsx';
import { ProfileAccessModal } from './ProfileAccessModal.tsx';
import { ProfileCard } from './ProfileCard.tsx';
import { QueueSlotsModal } from './QueueSlotsModal.tsx';
import { useProfiles, useRemoveProfile } from './queries.ts';
import { useReconnect } from './useReconnect.ts';

export function ProfilesPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const canManage = may(workspace, 'profiles.manage');
  const profiles = useProfiles(workspace.id);
  const networks = useNetworks();
  const members = useMembers(workspace.id, canManage);
  const [params, setParams] = useSearchParams();
  const [connect, setConnect] = useState<ConnectRequest | null>(() => {
    const network = params.get('connect');
    return network && canManage ? { network } : null;
  });
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const [accessFor, setAccessFor] = useState<Profile | null>(null);
  const [slotsFor, setSlotsFor] = useState<Profile | null>(null);
  const [removing, setRemoving] = useState<Profile | null>(null);
  const remove = useRemoveProfile(workspace.id);
  const reconnect = useReconnect(workspace.id, networks.data, (request) => openConnect(request));
  const connectedNetwork = params.get('connected');

  useEffect(() => {
    if (!params.has('connect')) return;
    // The request to connect is used once; a reload should not open the dialog again.
    setParams((p) => {
      p.delete('connect');
      return p;
    }, { replace: true });
  }, []);

  useEffect(() => {
    if (!highlighted) return;
    document.querySelector(`[data-profile-id="${highlighted}"]`)?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [highlighted, profiles.data]);

  function connected(network: Network, profile: Profile | null) {
    setConnect(null);
    setHighlighted(profile?.id ?? null);
    const handle = profile ? profileHandle(profile) : '';
    notifications.show({ color: 'canopy', title: t('profiles.connectedTitle', { network: network.name }), message: handle || t('profiles.connectedText') });
  }

  function openConnect(request: ConnectRequest) {
    // A new connection replaces the news of the last one.
    if (params.has('connected')) setParams({}, { replace: true });
    setConnect(request);
  }

  const connectButton = canManage && (
    <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => openConnect({})}>
      {t('profiles.connectButton')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('nav.profiles')} description={t('profiles.description', { workspace: workspace.name })} actions={connectButton} />
      {connectedNetwork && (
        <Alert
          color="canopy"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title={t('profiles.connectedTitle', { network: networkOf(networks.data, connectedNetwork).name })}
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setParams({}, { replace: true })}
          mb="lg"
          role="status"
          data-testid="connected-banner"
        >
          {t('profiles.connectedText')}
        </Alert>
      )}
      <QueryState query={profiles}>
        {(items) =>
          items.length === 0 ? (
            <EmptyState mt="xl" variant="light" color="canopy" size="lg">
              <EmptyState.Indicator>
                <IconPlugConnected size={32} aria-hidden />
              </EmptyState.Indicator>
              <EmptyState.Title order={2}>{t('profiles.emptyTitle')}</EmptyState.Title>
              <EmptyState.Description>{canManage ? t('profiles.emptyText') : t('profiles.emptyTextViewer')}</EmptyState.Description>
              {connectButton && <EmptyState.Actions>{connectButton}</EmptyState.Actions>}
            </EmptyState>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" component="section" aria-label={t('nav.profiles')}>
              {items.map((p) => (
                <ProfileCard
                  key={p.id}
                  profile={p}
                  network={networkOf(networks.data, p.network)}
                  members={members.data}
                  canManage={canManage}
                  highlighted={p.id === highlighted}
                  reconnecting={(reconnect.isPending || (reconnect.isSuccess && reconnect.data !== null)) && reconnect.variables?.id === p.id}
                  onReconnect={() => reconnect.mutate(p)}
                  onAccess={() => setAccessFor(p)}
                  onSlots={() => setSlotsFor(p)}
                  onRemove={() => setRemoving(p)}
                />
              ))}
            </SimpleGrid>
          )
        }
      </QueryState>
      <ConnectProfileModal workspaceId={workspace.id} request={connect} onClose={() => setConnect(null)} onConnected={connected} />
      <ProfileAccessModal workspaceId={workspace.id} profile={accessFor} onClose={() => setAccessFor(null)} />
      <QueueSlotsModal workspaceId={workspace.id} zone={workspace.timezone} profile={slotsFor} onClose={() => setSlotsFor(null)} />
      <ConfirmDialog
        opened={removing !== null}
        title={t('profiles.removeTitle')}
        message={t('profiles.removeConfirm', {
          handle: removing ? profileHandle(removing) : '',
          network: removing ? networkOf(networks.data, removing.network).name : '',
        })}
        confirmLabel={t('profiles.remove')}
        loading={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null);
              notifications.show({ color: 'canopy', message: t('profiles.removed') });
            },
            onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }),
          })
        }
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
