import { Badge, Button, Collapse, Group, Paper, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconPencil, IconPhoto } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Member, Profile } from '../api/types.ts';
import { zonedDateTime } from '../calendar/zoned-time.ts';
import { useFormat } from '../i18n/format.ts';
import { profileHandle } from '../networks/handle.ts';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { networkOf, useNetworks } from '../networks/queries.ts';
import type { Post } from '../posts/types.ts';
import { ApprovalActions } from './ApprovalActions.tsx';
import { DecisionHistory } from './DecisionHistory.tsx';

interface Props {
  workspaceId: string;
  post: Post;
  profiles: Profile[] | undefined;
  members: Member[] | undefined;
}

/** One post waiting for my decision: where it goes, what it says, when, from whom, and the decision itself. */
export function ApprovalCard({ workspaceId, post, profiles, members }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const networks = useNetworks();
  const [history, setHistory] = useState(false);
  const media = new Set(post.targets.flatMap((x) => x.mediaIds)).size;
  const submitter = members?.find((m) => m.userId === post.approval?.submittedBy)?.name ?? t('approvals.page.someone');
  const historyId = `approval-history-${post.id}`;
  return (
    <Paper withBorder radius="lg" p="lg" component="article" aria-labelledby={`approval-${post.id}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Group gap="xs" wrap="wrap">
            {post.targets.map((target) => {
              const profile = profiles?.find((p) => p.id === target.profileId);
              const network = networkOf(networks.data, target.network);
              return (
                <Group key={target.id} gap={6} wrap="nowrap">
                  <NetworkMark network={network} size={22} />
                  <Text size="sm" fw={500}>
                    {profile ? profile.displayName || profileHandle(profile) : network.name}
                  </Text>
                </Group>
              );
            })}
          </Group>
          <Group gap="xs">
            {post.approval?.workflowId && <Badge variant="light" tt="none">{t('approvals.page.step', { step: (post.approval.step ?? 0) + 1 })}</Badge>}
            {media > 0 && (
              <Badge variant="default" tt="none" leftSection={<IconPhoto size={12} aria-hidden />}>
                {t('approvals.page.media', { count: format.number(media) })}
              </Badge>
            )}
          </Group>
        </Group>

        <Text id={`approval-${post.id}`} style={{ whiteSpace: 'pre-wrap' }} lineClamp={8}>
          {post.text || t('approvals.page.noText')}
        </Text>

        <Stack gap={2}>
          {post.schedule && (
            <Text size="sm" fw={600}>
              {t('approvals.page.publishes', { time: zonedDateTime(post.schedule.at, post.schedule.zone, i18n.language) })}{' '}
              <Text span c="dimmed" fw={400}>
                ({post.schedule.zone})
              </Text>
            </Text>
          )}
          {post.approval && (
            <Text size="sm" c="dimmed">
              {t('approvals.page.submittedBy', { name: submitter, time: format.dateTime(post.approval.submittedAt) })}
            </Text>
          )}
        </Stack>

        <ApprovalActions workspaceId={workspaceId} post={post} />

        <Group gap="xs">
          <Button
            variant="subtle"
            size="xs"
            onClick={() => setHistory((v) => !v)}
            aria-expanded={history}
            aria-controls={historyId}
            rightSection={history ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />}
          >
            {t('approvals.page.history')}
          </Button>
          <Button variant="subtle" size="xs" component={Link} to={`/w/${workspaceId}/compose/${post.id}`} leftSection={<IconPencil size={14} aria-hidden />}>
            {t('approvals.page.open')}
          </Button>
        </Group>
        <Collapse expanded={history} id={historyId}>
          {history && <DecisionHistory workspaceId={workspaceId} postId={post.id} />}
        </Collapse>
      </Stack>
    </Paper>
  );
}
