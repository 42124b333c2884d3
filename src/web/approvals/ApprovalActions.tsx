import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconMessageCircle, IconX } from '@tabler/icons-react';
import { useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { may } from '../app/areas.ts';
import { FormError } from '../app/FormError.tsx';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import type { Post } from '../posts/types.ts';
import { useApprovals, useDecide, type Decision } from './queries.ts';

const commentLimit = 5_000;

/** Approve, reject or request changes, with a comment; shown only to someone who may decide the post's current step. */
export function ApprovalActions(props: { workspaceId: string; post: Post }): JSX.Element | null {
  const { workspaceId, post } = props;
  const { t } = useTranslation();
  const me = useSignedInMe();
  const workspace = me.workspaces.find((w) => w.id === workspaceId);
  const approver = Boolean(workspace && may(workspace, 'posts.approve'));
  const awaiting = useApprovals(workspaceId, approver && post.status === 'pending_approval');
  const decide = useDecide(workspaceId, post.id);
  const [comment, setComment] = useState('');
  const [missingComment, setMissingComment] = useState(false);

  const mine = awaiting.data?.find((p) => p.id === post.id && p.approval?.step === post.approval?.step);
  if (!approver || post.status !== 'pending_approval' || !mine) return null;

  const run = (decision: Decision) => {
    const text = comment.trim();
    if (decision === 'request-changes' && !text) {
      setMissingComment(true);
      return;
    }
    decide.mutate(
      { decision, comment: text },
      {
        onSuccess: () => {
          setComment('');
          notifications.show({ color: 'teal', message: t(`approvals.done.${decision}`) });
        },
      },
    );
  };
  const busy = decide.isPending ? decide.variables.decision : null;

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={t('approvals.actions.title')}>
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {t('approvals.actions.title')}
        </Text>
        <Textarea
          label={t('approvals.actions.comment')}
          description={t('approvals.actions.commentHint')}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={commentLimit}
          value={comment}
          error={missingComment && !comment.trim() ? t('approvals.actions.commentRequired') : undefined}
          onChange={(e) => {
            setComment(e.currentTarget.value);
            setMissingComment(false);
          }}
        />
        <FormError error={decide.error} />
        <Group gap="xs">
          <Button leftSection={<IconCheck size={16} aria-hidden />} color="teal" loading={busy === 'approve'} disabled={Boolean(busy)} onClick={() => run('approve')}>
            {t('approvals.actions.approve')}
          </Button>
          <Button
            variant="light"
            leftSection={<IconMessageCircle size={16} aria-hidden />}
            loading={busy === 'request-changes'}
            disabled={Boolean(busy)}
            onClick={() => run('request-changes')}
          >
            {t('approvals.actions.requestChanges')}
          </Button>
          <Button variant="light" color="red" leftSection={<IconX size={16} aria-hidden />} loading={busy === 'reject'} disabled={Boolean(busy)} onClick={() => run('reject')}>
            {t('approvals.actions.reject')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
