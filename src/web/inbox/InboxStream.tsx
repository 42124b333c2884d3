import { Button, Center, EmptyState, Paper } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './Inbox.module.css';
import type { InboxItem } from './queries.ts';
import { StreamRow } from './StreamRow.tsx';
import { useTeamName, useTeams } from './team-queries.ts';
import { useAssignees } from './useAssignees.ts';
import { useWorkspace } from '../app/WorkspaceScope.tsx';

interface Props {
  items: InboxItem[];
  selectedId: string | null;
  filtered: boolean;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore(): void;
  onSelect(itemId: string): void;
  /** One step down (1) or up (-1) the stream. */
  onMove(step: 1 | -1): void;
}

/**
 * The stream as a list box: one Tab stop, the arrows (or j and k anywhere on the page) move the
 * selection, and the selected row keeps the focus and stays in view as it moves.
 */
export function InboxStream({ items, selectedId, filtered, hasMore, loadingMore, onLoadMore, onSelect, onMove }: Props) {
  const { t } = useTranslation();
  const { nameOf } = useAssignees();
  const teams = useTeams(useWorkspace().id).data ?? [];
  const teamName = useTeamName();
  const teamOf = (teamId: string | null) => {
    const team = teams.find((x) => x.id === teamId);
    return team ? teamName(team) : null;
  };
  const list = useRef<HTMLUListElement>(null);
  const tabbableId = items.some((i) => i.id === selectedId) ? selectedId : items[0]?.id;

  useEffect(() => {
    const row = list.current?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!row) return;
    row.scrollIntoView({ block: 'nearest' });
    if (list.current?.contains(document.activeElement) && document.activeElement !== row) row.focus();
  }, [selectedId]);

  function keyDown(e: KeyboardEvent<HTMLUListElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const first = items[0];
    const last = items.at(-1);
    if (e.key === 'ArrowDown') onMove(1);
    else if (e.key === 'ArrowUp') onMove(-1);
    else if (e.key === 'Home' && first) onSelect(first.id);
    else if (e.key === 'End' && last) onSelect(last.id);
    else return;
    e.preventDefault();
  }

  if (items.length === 0) {
    return (
      <EmptyState variant="light" py="xl">
        <EmptyState.Indicator>
          <IconInbox size={30} stroke={1.6} aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={2}>{filtered ? t('inbox.noMatches') : t('inbox.emptyTitle')}</EmptyState.Title>
        {!filtered && <EmptyState.Description maw={360}>{t('inbox.emptyText')}</EmptyState.Description>}
      </EmptyState>
    );
  }

  return (
    <Paper withBorder radius="md">
      <ul ref={list} role="listbox" aria-label={t('inbox.stream')} className={classes.list} onKeyDown={keyDown}>
        {items.map((item) => (
          <StreamRow
            key={item.id}
            item={item}
            selected={item.id === selectedId}
            tabbable={item.id === tabbableId}
            assigneeName={item.assigneeId ? nameOf(item.assigneeId) : null}
            teamName={teamOf(item.teamId)}
            onSelect={() => onSelect(item.id)}
          />
        ))}
      </ul>
      {hasMore && (
        <Center p="sm">
          <Button variant="default" size="xs" onClick={onLoadMore} loading={loadingMore}>
            {t('inbox.loadMore')}
          </Button>
        </Center>
      )}
    </Paper>
  );
}
