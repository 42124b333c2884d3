import { Anchor, Avatar, Button, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconClockHour4, IconExternalLink, IconRotate } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { may } from '../app/areas.ts';
import { problemMessage } from '../app/problems.ts';
import { QueryState } from '../app/QueryState.tsx';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { useFormat } from '../i18n/format.ts';
import { displayHandle, profileHandle } from '../networks/handle.ts';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { networkOf, useNetworks } from '../networks/queries.ts';
import { useProfiles } from '../settings/profiles/queries.ts';
import { AssignControl } from './AssignControl.tsx';
import { Conversation } from './Conversation.tsx';
import { KindBadge, StatusBadge } from './ItemBadges.tsx';
import { LinkedPost } from './LinkedPost.tsx';
import { useCompleteItem, useInboxItem, type InboxItemDetail } from './queries.ts';
import { ReplyBox } from './ReplyBox.tsx';
import { useIntlTag } from './RelativeTime.tsx';
import { TagEditor } from './TagEditor.tsx';
import { NotesSection } from './NotesSection.tsx';
import { TaskControl } from './TaskControl.tsx';
import { TeamControl } from './TeamControl.tsx';
import { ToneMenu } from './ToneMenu.tsx';
import { durationText } from './time.ts';

interface Props {
  itemId: string;
  knownTags: string[];
}

/** The selected item: who wrote what where, its thread, our post it answers, and the work on it. */
export function InboxItemPanel({ itemId, knownTags }: Props) {
  const workspace = useWorkspace();
  const detail = useInboxItem(workspace.id, itemId);
  return <QueryState query={detail}>{(item) => <ItemDetails key={item.id} item={item} knownTags={knownTags} />}</QueryState>;
}

function ItemDetails({ item, knownTags }: { item: InboxItemDetail; knownTags: string[] }) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const format = useFormat();
  const tag = useIntlTag();
  const networks = useNetworks();
  const profiles = useProfiles(workspace.id);
  const complete = useCompleteItem(workspace.id, item.id);
  const replyRef = useRef<HTMLTextAreaElement>(null);
  const assignRef = useRef<HTMLInputElement>(null);
  const [assignOpened, setAssignOpened] = useState(false);
  const network = networkOf(networks.data, item.network);
  const profile = profiles.data?.find((p) => p.id === item.profileId);
  const profileName = profile ? profile.displayName || profileHandle(profile) : network.name;
  const canReply = may(workspace, 'inbox.reply');
  const canAssign = may(workspace, 'inbox.assign');
  const done = item.status === 'done';

  function toggleDone() {
    if (complete.isPending) return;
    complete.mutate(!done, {
      onSuccess: () => notifications.show({ color: 'canopy', message: done ? t('inbox.reopened') : t('inbox.completed') }),
      onError: (err) => notifications.show({ color: 'red', title: t('inbox.completeFailed'), message: problemMessage(t, err) }),
    });
  }

  useHotkeys([
    ['r', (e) => {
      if (!canReply) return;
      e.preventDefault();
      replyRef.current?.focus();
    }],
    ['e', () => canReply && toggleDone()],
    ['a', (e) => {
      if (!canAssign) return;
      e.preventDefault();
      assignRef.current?.focus();
      setAssignOpened(true);
    }],
  ]);

  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-labelledby="inbox-item-author">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Avatar src={item.author.avatarUrl} name={item.author.name || item.author.handle} color="initials" radius="xl" size={44} alt="" />
            <Stack gap={2} miw={0}>
              <Title order={2} size="h4" id="inbox-item-author" style={{ overflowWrap: 'anywhere' }}>
                {item.author.name || item.author.handle}
              </Title>
              <Text size="sm" c="dimmed" truncate>
                {displayHandle(item.author.handle)}
              </Text>
            </Stack>
          </Group>
          <Group gap={6} wrap="nowrap">
            <ToneMenu workspaceId={workspace.id} item={item} editable={canReply} />
            <KindBadge kind={item.kind} />
            <StatusBadge status={item.status} />
          </Group>
        </Group>

        <Group gap="md" wrap="wrap">
          <Group gap={6} wrap="nowrap">
            <NetworkMark network={network} size={18} />
            <Text size="sm">{t('inbox.toProfile', { profile: profileName, network: network.name })}</Text>
          </Group>
          <Text size="sm" c="dimmed" component="time" dateTime={item.receivedAt}>
            {t('inbox.received', { time: format.dateTime(item.receivedAt) })}
          </Text>
          {item.url && (
            <Anchor href={item.url} target="_blank" rel="noreferrer" size="sm">
              <Group gap={4} component="span" wrap="nowrap">
                <IconExternalLink size={14} aria-hidden />
                {t('inbox.openOnNetwork', { network: network.name })}
              </Group>
            </Anchor>
          )}
        </Group>

        <Group gap="md" wrap="wrap">
          <Group gap={6} wrap="nowrap" data-first-response>
            <IconClockHour4 size={16} aria-hidden color="var(--mantine-color-dimmed)" />
            <Text size="sm" c={item.firstResponseSeconds === null ? 'dimmed' : undefined}>
              {item.firstResponseSeconds === null ? t('inbox.noResponse') : t('inbox.firstResponse', { duration: durationText(item.firstResponseSeconds, tag) })}
            </Text>
          </Group>
          {item.completedAt && (
            <Text size="sm" c="dimmed">
              {t('inbox.completedAt', { time: format.dateTime(item.completedAt) })}
            </Text>
          )}
        </Group>

        {(canAssign || canReply) && (
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            {canAssign ? (
              <Group gap="sm" align="flex-end" wrap="wrap">
                <AssignControl workspaceId={workspace.id} item={item} opened={assignOpened} onOpenedChange={setAssignOpened} inputRef={assignRef} />
                <TeamControl workspaceId={workspace.id} item={item} />
              </Group>
            ) : (
              <span />
            )}
            {canReply && (
              <Button
                variant={done ? 'default' : 'filled'}
                leftSection={done ? <IconRotate size={16} aria-hidden /> : <IconCheck size={16} aria-hidden />}
                loading={complete.isPending}
                onClick={toggleDone}
              >
                {done ? t('inbox.reopen') : t('inbox.complete')}
              </Button>
            )}
          </Group>
        )}

        {canAssign && <TaskControl workspaceId={workspace.id} item={item} />}

        <TagEditor workspaceId={workspace.id} item={item} known={knownTags} editable={canReply} />

        <Divider />

        {item.post && <LinkedPost workspaceId={workspace.id} post={item.post} networkName={network.name} />}
        <Conversation conversation={item.conversation} currentId={item.id} />

        <NotesSection workspaceId={workspace.id} item={item} editable={canReply} />

        {canReply && (
          <>
            <Divider />
            <ReplyBox workspaceId={workspace.id} itemId={item.id} profileName={profileName} networkName={network.name} textareaRef={replyRef} />
          </>
        )}
      </Stack>
    </Paper>
  );
}
