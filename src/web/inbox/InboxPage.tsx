import { EmptyState, Group, Loader, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconMessages } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../app/PageHeader.tsx';
import { QueryState } from '../app/QueryState.tsx';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { activeInboxFilters, inboxQuery, readInboxFilters, writeInboxFilters, type InboxFilters } from './filters.ts';
import classes from './Inbox.module.css';
import { InboxFilterBar } from './InboxFilterBar.tsx';
import { InboxItemPanel } from './InboxItemPanel.tsx';
import { InboxStream } from './InboxStream.tsx';
import { useInboxStream } from './queries.ts';
import { RevealedMessagesProvider } from './RevealedMessages.tsx';
import { ShortcutHint } from './ShortcutHint.tsx';
import { WorkloadButton } from './WorkloadButton.tsx';
import { may } from '../app/areas.ts';

/**
 * The shared inbox: every profile's comments, mentions and messages in one stream on the left, the
 * selected one on the right with its thread and the work on it. Filters and the open item live in
 * the URL, so a view can be shared.
 */
export function InboxPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const workspace = useWorkspace();
  const [params, setParams] = useSearchParams();
  const filters = readInboxFilters(params);
  const stream = useInboxStream(workspace.id, inboxQuery(filters, me.user.id));
  const items = stream.data?.pages.flatMap((p) => p.items) ?? [];
  const selectedId = params.get('item');
  const knownTags = [...new Set(items.flatMap((i) => i.tags))].sort();

  function update(change: (p: URLSearchParams) => URLSearchParams) {
    // From the address as it is now: a second change made before the page caught up keeps the first.
    setParams(() => change(new URLSearchParams(window.location.search)), { replace: true });
  }

  // The item asked for but not yet in the URL: keys pressed quickly each take one step from it.
  const pendingId = useRef<string | null>(null);
  useEffect(() => {
    if (selectedId === pendingId.current) pendingId.current = null;
  }, [selectedId]);

  function select(itemId: string) {
    if (itemId === (pendingId.current ?? selectedId)) return;
    pendingId.current = itemId;
    update((p) => {
      p.set('item', itemId);
      return p;
    });
  }

  function setFilters(change: (current: InboxFilters) => InboxFilters) {
    update((p) => writeInboxFilters(p, change(readInboxFilters(p))));
  }

  function move(step: 1 | -1) {
    const at = items.findIndex((i) => i.id === (pendingId.current ?? selectedId));
    const next = at === -1 ? items[0] : items[at + step];
    if (next) select(next.id);
    else if (step === 1 && stream.hasNextPage && !stream.isFetchingNextPage) void stream.fetchNextPage();
  }

  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
  ]);

  return (
    <RevealedMessagesProvider>
      <PageHeader
        title={t('nav.inbox')}
        description={t('inbox.description')}
        actions={may(workspace, 'members.read') && <WorkloadButton workspaceId={workspace.id} />}
      />
      <Stack gap="md">
        <InboxFilterBar filters={filters} knownTags={knownTags} onChange={setFilters} />
        <Group justify="space-between" wrap="wrap" gap="sm" mih={22}>
          <ShortcutHint />
          {stream.isFetching && !stream.isPending && <Loader size="xs" aria-label={t('common.loading')} />}
        </Group>
        <div className={classes.panes}>
          <div>
            <QueryState query={stream}>
              {() => (
                <InboxStream
                  items={items}
                  selectedId={selectedId}
                  filtered={activeInboxFilters(filters) > 0}
                  hasMore={stream.hasNextPage}
                  loadingMore={stream.isFetchingNextPage}
                  onLoadMore={() => void stream.fetchNextPage()}
                  onSelect={select}
                  onMove={move}
                />
              )}
            </QueryState>
          </div>
          <section className={classes.detail} aria-label={t('inbox.item')}>
            {selectedId ? (
              <InboxItemPanel itemId={selectedId} knownTags={knownTags} />
            ) : (
              <EmptyState variant="light" py="xl">
                <EmptyState.Indicator>
                  <IconMessages size={30} stroke={1.6} aria-hidden />
                </EmptyState.Indicator>
                <EmptyState.Title order={2}>{t('inbox.chooseTitle')}</EmptyState.Title>
                <EmptyState.Description maw={360}>{t('inbox.chooseText')}</EmptyState.Description>
              </EmptyState>
            )}
          </section>
        </div>
      </Stack>
    </RevealedMessagesProvider>
  );
}
