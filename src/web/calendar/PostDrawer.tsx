import { Anchor, Badge, Button, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconExternalLink, IconPencil, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { may } from '../app/areas.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';
import { problemMessage } from '../app/problems.ts';
import { QueryState } from '../app/QueryState.tsx';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { ApprovalActions } from '../approvals/ApprovalActions.tsx';
import { profileHandle } from '../networks/handle.ts';
import { networkOf, useNetworks } from '../networks/queries.ts';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { PostComments } from '../posts/PostComments.tsx';
import { usePost } from '../posts/queries.ts';
import type { Post, PostTarget } from '../posts/types.ts';
import { useProfiles } from '../settings/profiles/queries.ts';
import { statusLook } from './post-status.ts';
import { useCampaignList } from '../planning/queries.ts';
import { useDeletePost, useRetryTarget } from './queries.ts';
import { zonedDateTime } from './zoned-time.ts';

interface Props {
  postId: string | null;
  /** The post as the calendar has it, shown while the drawer reads it again to stay current. */
  listed: Post | undefined;
  displayZone: string;
  onClose(): void;
}

function StatusBadge({ status }: { status: Post['status'] | PostTarget['status'] }) {
  const { t } = useTranslation();
  const look = statusLook[status];
  const Icon = look.icon;
  return (
    <Badge color={look.color} variant="light" leftSection={<Icon size={12} aria-hidden />} tt="none">
      {t(`calendar.status.${status}`)}
    </Badge>
  );
}

/** A post opened from the calendar: what it says, where it goes and how each went, and what can be done with it. */
export function PostDrawer({ postId, listed, displayZone, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const workspace = useWorkspace();
  const current = usePost(workspace.id, postId ?? undefined);
  const post = current.data ?? listed;
  return (
    <Drawer opened={Boolean(postId)} onClose={onClose} position="right" size="lg" title={t('calendar.drawerTitle')}>
      {post ? (
        <PostDetails key={post.id} post={post} displayZone={displayZone} language={i18n.language} onDeleted={onClose} />
      ) : (
        <QueryState query={current}>{() => null}</QueryState>
      )}
    </Drawer>
  );
}

function PostDetails({ post, displayZone, language, onDeleted }: { post: Post; displayZone: string; language: string; onDeleted(): void }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const networks = useNetworks();
  const profiles = useProfiles(workspace.id);
  const campaigns = useCampaignList(workspace.id);
  const remove = useDeletePost(workspace.id);
  const retry = useRetryTarget(workspace.id, post.id);
  const [confirming, setConfirming] = useState(false);
  const campaign = campaigns.data?.find((c) => c.id === post.campaignId);
  const canWrite = may(workspace, 'posts.draft');

  function retryTarget(target: PostTarget) {
    retry.mutate(target.id, {
      onSuccess: () => notifications.show({ color: 'canopy', message: t('calendar.retryStarted') }),
      onError: (err) => notifications.show({ color: 'red', title: t('calendar.retryFailed'), message: problemMessage(t, err) }),
    });
  }

  function confirmDelete() {
    remove.mutate(post.id, {
      onSuccess: () => {
        setConfirming(false);
        notifications.show({ color: 'canopy', message: t('calendar.deleted') });
        onDeleted();
      },
      onError: (err) => {
        setConfirming(false);
        notifications.show({ color: 'red', title: t('calendar.deleteFailed'), message: problemMessage(t, err) });
      },
    });
  }

  return (
    <Stack gap="lg">
      <Group gap="xs">
        <StatusBadge status={post.status} />
        {post.paid && <Badge variant="outline" tt="none">{t('calendar.paid')}</Badge>}
      </Group>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{post.text}</Text>

      <Stack gap={4}>
        <Title order={2} size="h5">{t('calendar.when')}</Title>
        {post.schedule ? (
          <>
            <Text size="sm">
              {zonedDateTime(post.schedule.at, post.schedule.zone, language)} <Text span c="dimmed">({post.schedule.zone})</Text>
            </Text>
            {displayZone !== post.schedule.zone && (
              <Text size="sm">
                {zonedDateTime(post.schedule.at, displayZone, language)} <Text span c="dimmed">({displayZone})</Text>
              </Text>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">{t('calendar.notScheduled')}</Text>
        )}
      </Stack>

      {(post.tags.length > 0 || campaign) && (
        <Group gap="xs">
          {campaign && (
            <Badge color="gray" variant="dot" tt="none" styles={{ root: { ['--badge-dot-color' as string]: campaign.color } }}>
              {campaign.name}
            </Badge>
          )}
          {post.tags.map((tag) => (
            <Badge key={tag} variant="default" tt="none">#{tag}</Badge>
          ))}
        </Group>
      )}

      <Stack gap="sm">
        <Title order={2} size="h5">{t('calendar.targets')}</Title>
        {post.targets.map((target) => {
          const network = networkOf(networks.data, target.network);
          const profile = profiles.data?.find((p) => p.id === target.profileId);
          return (
            <Stack key={target.id} gap={6} p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }} data-target-id={target.id}>
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap" miw={0}>
                  <NetworkMark network={network} size={24} />
                  <Stack gap={0} miw={0}>
                    <Text size="sm" fw={600} truncate>{profile ? profile.displayName || profile.handle : t('calendar.removedProfile')}</Text>
                    <Text size="xs" c="dimmed" truncate>
                      {profile ? `${network.name} · ${profileHandle(profile)}` : network.name}
                    </Text>
                  </Stack>
                </Group>
                <StatusBadge status={target.status} />
              </Group>
              {target.remoteUrl && (
                <Anchor href={target.remoteUrl} target="_blank" rel="noreferrer" size="sm">
                  <Group gap={4} component="span">
                    {t('calendar.viewPublished')} <IconExternalLink size={14} aria-hidden />
                  </Group>
                </Anchor>
              )}
              {target.status === 'failed' && (
                <Group justify="space-between" wrap="nowrap" align="flex-start">
                  <Text size="sm" c="red.8">{target.failureReason ?? t('calendar.failedNoReason')}</Text>
                  {canWrite && (
                    <Button size="xs" variant="light" leftSection={<IconRefresh size={14} aria-hidden />} loading={retry.isPending && retry.variables === target.id} onClick={() => retryTarget(target)}>
                      {t('calendar.retry')}
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          );
        })}
      </Stack>

      <ApprovalActions workspaceId={workspace.id} post={post} />

      {canWrite && (
        <Group>
          <Button component={Link} to={`/w/${workspace.id}/compose/${post.id}`} leftSection={<IconPencil size={16} aria-hidden />}>
            {t('calendar.editInCompose')}
          </Button>
          <Button variant="light" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => setConfirming(true)}>
            {t('calendar.delete')}
          </Button>
        </Group>
      )}


      <Divider />
      <PostComments workspaceId={workspace.id} postId={post.id} />

      <ConfirmDialog
        opened={confirming}
        title={t('calendar.deleteTitle')}
        message={t('calendar.deleteText')}
        confirmLabel={t('calendar.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
