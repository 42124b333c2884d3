import { ActionIcon, Avatar, Button, Group, Paper, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, post } from '../api/client.ts';
import { FormError } from '../app/FormError.tsx';
import { problemMessage } from '../app/problems.ts';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import { useFormat } from '../i18n/format.ts';
import { commentsKey, useComments, type PostComment } from '../planning/comments.ts';

const maxLength = 5000;

/** The team's internal thread on a post (never published), and a box to add to it. */
export function PostComments({ workspaceId, postId }: { workspaceId: string; postId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSignedInMe();
  const queryClient = useQueryClient();
  const comments = useComments(workspaceId, postId);
  const [body, setBody] = useState('');
  const mayModerate = me.workspaces.find((w) => w.id === workspaceId)?.permissions.includes('posts.approve') ?? false;
  const refresh = () => queryClient.invalidateQueries({ queryKey: commentsKey(workspaceId, postId) });

  const add = useMutation({
    mutationFn: (text: string) => post<PostComment>(`/api/v1/workspaces/${workspaceId}/posts/${postId}/comments`, { body: text }),
    onSuccess: async () => {
      setBody('');
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => del(`/api/v1/workspaces/${workspaceId}/posts/${postId}/comments/${id}`),
    onSuccess: refresh,
    onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }),
  });

  const items = comments.data ?? [];
  return (
    <Stack gap="sm" aria-label={t('planning.comments.title')} role="region">
      <Text fw={600} size="sm">
        {t('planning.comments.title')}
      </Text>
      {comments.isError && <FormError error={comments.error} />}
      {comments.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('planning.comments.empty')}
        </Text>
      )}
      {items.map((c) => (
        <Paper key={c.id} withBorder radius="md" p="sm">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <Avatar size="sm" radius="xl" color="canopy" name={c.author?.name ?? '?'} />
              <div>
                <Group gap={6}>
                  <Text size="sm" fw={500}>
                    {c.author?.name ?? t('planning.comments.formerMember')}
                  </Text>
                  <Text size="xs" c="dimmed" component="time" dateTime={c.createdAt}>
                    {format.dateTime(c.createdAt)}
                  </Text>
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {c.body}
                </Text>
              </div>
            </Group>
            {(c.author?.id === me.user.id || mayModerate) && (
              <Tooltip label={t('planning.comments.delete')} withArrow>
                <ActionIcon variant="subtle" color="gray" aria-label={t('planning.comments.delete')} loading={remove.isPending && remove.variables === c.id} onClick={() => remove.mutate(c.id)}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Paper>
      ))}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (body.trim()) add.mutate(body.trim());
        }}
      >
        <Stack gap="xs">
          <Textarea
            label={t('planning.comments.add')}
            placeholder={t('planning.comments.placeholder')}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={maxLength}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.metaKey || e.ctrlKey) && body.trim()) add.mutate(body.trim());
            }}
          />
          <FormError error={add.error} />
          <Group justify="flex-end">
            <Button type="submit" size="xs" loading={add.isPending} disabled={!body.trim()}>
              {t('planning.comments.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
