import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarPlus, IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { may } from '../app/areas.ts';
import { PageHeader } from '../app/PageHeader.tsx';
import { problemMessage } from '../app/problems.ts';
import { QueryState } from '../app/QueryState.tsx';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { useNetworks } from '../networks/queries.ts';
import type { Post } from '../posts/types.ts';
import { PublishingSwitch } from '../publishing/PublishingSwitch.tsx';
import { CalendarFilterBar } from './CalendarFilterBar.tsx';
import { readDisplayZone, rememberDisplayZone } from './display-zone.ts';
import { DisplayZonePicker } from './DisplayZonePicker.tsx';
import { activeFilterCount, readFilters, writeFilters, type CalendarFilters } from './filters.ts';
import { mayReschedule } from './may-reschedule.ts';
import { isCalendarView, PostCalendar, type VisibleRange } from './PostCalendar.tsx';
import { PostDrawer } from './PostDrawer.tsx';
import { useCalendarPosts, useReschedulePost } from './queries.ts';
import { zonedDateTime } from './zoned-time.ts';

/** The content calendar: every post of the workspace by its time, to read, filter, move and open. */
export function CalendarPage() {
  const { t, i18n } = useTranslation();
  const me = useSignedInMe();
  const workspace = useWorkspace();
  const navigate = useNavigate();
  const networks = useNetworks();
  const [params, setParams] = useSearchParams();
  const [range, setRange] = useState<VisibleRange | null>(null);
  const [zone, setZone] = useState(() => readDisplayZone(localStorage, me.user.id, workspace.timezone));
  const filters = readFilters(params);
  const posts = useCalendarPosts(workspace.id, range && { from: range.from, to: range.to }, filters);
  const reschedule = useReschedulePost(workspace.id);
  const view = params.get('view');
  const openPostId = params.get('post');
  const canWrite = may(workspace, 'posts.draft');

  const mayMove = useCallback((post: Post) => mayReschedule(post, { userId: me.user.id, permissions: workspace.permissions }), [me.user.id, workspace.permissions]);

  function updateParams(change: (p: URLSearchParams) => URLSearchParams) {
    setParams((p) => change(new URLSearchParams(p)), { replace: true });
  }

  function rangeChanged(next: VisibleRange) {
    setRange(next);
    updateParams((p) => {
      p.set('view', next.view);
      p.set('date', next.date);
      return p;
    });
  }

  function setFilters(next: CalendarFilters) {
    updateParams((p) => writeFilters(p, next));
  }

  function openPost(postId: string | null) {
    updateParams((p) => {
      if (postId) p.set('post', postId);
      else p.delete('post');
      return p;
    });
  }

  function chooseZone(next: string) {
    rememberDisplayZone(localStorage, me.user.id, next, workspace.timezone);
    setZone(next);
  }

  function move(post: Post, to: Date, revert: () => void) {
    const id = `reschedule-${post.id}`;
    notifications.show({ id, loading: true, autoClose: false, withCloseButton: false, message: t('calendar.moving') });
    reschedule.mutate(
      { postId: post.id, scheduledAt: to.toISOString() },
      {
        onSuccess: () =>
          notifications.update({ id, loading: false, autoClose: 3000, withCloseButton: true, color: 'canopy', message: t('calendar.moved', { time: zonedDateTime(to.toISOString(), zone, i18n.language) }) }),
        onError: (err) => {
          revert();
          notifications.update({ id, loading: false, autoClose: 6000, withCloseButton: true, color: 'red', title: t('calendar.moveFailed'), message: problemMessage(t, err) });
        },
      },
    );
  }

  const newPost = canWrite && (
    <Button component={Link} to={`/w/${workspace.id}/compose`} leftSection={<IconPlus size={18} aria-hidden />}>
      {t('calendar.newPost')}
    </Button>
  );
  const empty = posts.data?.length === 0 && !posts.isPlaceholderData && activeFilterCount(filters) === 0;

  return (
    <>
      <PageHeader
        title={t('nav.calendar')}
        description={t('calendar.description', { workspace: workspace.name })}
        actions={
          <Group gap="lg">
            {may(workspace, 'publishing.pause') && <PublishingSwitch workspaceId={workspace.id} />}
            {newPost}
          </Group>
        }
      />
      <Stack gap="md">
        <CalendarFilterBar filters={filters} onChange={setFilters} />
        <Group justify="space-between" wrap="wrap" gap="sm">
          <DisplayZonePicker value={zone} workspaceZone={workspace.timezone} onChange={chooseZone} />
          {posts.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        {posts.isError && <QueryState query={posts}>{() => null}</QueryState>}
        {empty && (
          <Paper withBorder p="md" radius="md">
            <Group justify="space-between" wrap="wrap">
              <Group gap="sm">
                <IconCalendarPlus size={22} stroke={1.6} aria-hidden color="var(--mantine-color-canopy-6)" />
                <Text size="sm" fw={500}>
                  {range?.view === 'week' ? t('calendar.emptyWeek') : t('calendar.emptyMonth')}
                </Text>
              </Group>
              {newPost}
            </Group>
          </Paper>
        )}
        <PostCalendar
          posts={posts.data ?? []}
          zone={zone}
          view={isCalendarView(view) ? view : 'month'}
          date={params.get('date') ?? undefined}
          networks={networks.data}
          mayMove={mayMove}
          onRangeChange={rangeChanged}
          onOpen={(post) => openPost(post.id)}
          onMove={move}
          onPickSlot={(at) => {
            if (canWrite) void navigate(`/w/${workspace.id}/compose?at=${encodeURIComponent(at)}`);
          }}
        />
      </Stack>
      <PostDrawer postId={openPostId} listed={posts.data?.find((p) => p.id === openPostId)} displayZone={zone} onClose={() => openPost(null)} />
    </>
  );
}
