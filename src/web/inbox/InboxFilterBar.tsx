import { Autocomplete, Button, Group, SegmentedControl, Select } from '@mantine/core';
import { IconFilterOff, IconTag } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { networkOf, useNetworks } from '../networks/queries.ts';
import { useProfiles } from '../settings/profiles/queries.ts';
import { activeInboxFilters, inboxKinds, inboxSentiments, inboxStatuses, type InboxFilters } from './filters.ts';
import { useTeamName, useTeams } from './team-queries.ts';
import { useAssignees } from './useAssignees.ts';

interface Props {
  filters: InboxFilters;
  /** Tags on the items loaded so far, offered as the tag filter is typed. */
  knownTags: string[];
  /** Changes the filters as they stand when it runs, so quick changes one after another all count. */
  onChange(change: (current: InboxFilters) => InboxFilters): void;
}

const ALL = 'all';

/** Kind and status at a glance, then profile, owner and tag: the rows above the stream. */
export function InboxFilterBar({ filters, knownTags, onChange }: Props) {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const profiles = useProfiles(workspace.id);
  const networks = useNetworks();
  const { assignable } = useAssignees();
  const teams = useTeams(workspace.id);
  const teamName = useTeamName();
  const [tag, setTag] = useState(filters.tag ?? '');
  useEffect(() => setTag(filters.tag ?? ''), [filters.tag]);

  const set = <K extends keyof InboxFilters>(key: K, value: InboxFilters[K] | null | undefined) => {
    onChange((current) => {
      const next = { ...current };
      if (value) next[key] = value;
      else delete next[key];
      return next;
    });
  };
  /** All, or one of the values: a segmented row, since there are only a few. */
  const segments = <K extends 'kind' | 'status'>(key: K, values: ReadonlyArray<NonNullable<InboxFilters[K]>>, labelOf: (v: NonNullable<InboxFilters[K]>) => string) => (
    <SegmentedControl
      size="xs"
      aria-label={t(`inbox.filter.${key}`)}
      value={filters[key] ?? ALL}
      onChange={(v) => set(key, values.find((x) => x === v))}
      data={[{ value: ALL, label: t('inbox.all') }, ...values.map((v) => ({ value: v, label: labelOf(v) }))]}
    />
  );
  /** One of many (profiles, people): a searchable list. */
  const choice = (key: 'profileId' | 'assignee' | 'teamId' | 'sentiment', label: string, width: number, data: Array<{ value: string; label: string }>) => (
    <Select size="xs" w={width} clearable searchable aria-label={label} placeholder={label} data={data} value={filters[key] ?? null} onChange={(v) => (key === 'sentiment' ? set(key, inboxSentiments.find((s) => s === v)) : set(key, v))} />
  );
  const profileOptions = (profiles.data ?? []).map((p) => ({ value: p.id, label: `${networkOf(networks.data, p.network).name} · ${p.displayName || p.handle}` }));
  const assignees = [
    { value: 'me', label: t('inbox.me') },
    { value: 'none', label: t('inbox.nobody') },
    ...assignable.slice(1).map((a) => ({ value: a.userId, label: a.name })),
  ];

  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('inbox.filters')}>
      {segments('kind', inboxKinds, (k) => t(`inbox.kinds.${k}`))}
      {segments('status', inboxStatuses, (s) => t(`inbox.status.${s}`))}
      {choice('profileId', t('inbox.filter.profile'), 170, profileOptions)}
      {choice('assignee', t('inbox.filter.assignee'), 150, assignees)}
      {choice('teamId', t('inbox.filter.team'), 140, (teams.data ?? []).map((team) => ({ value: team.id, label: teamName(team) })))}
      {choice('sentiment', t('inbox.filter.tone'), 120, inboxSentiments.map((s) => ({ value: s, label: t(`inbox.tone.${s}`) })))}
      <Autocomplete
        size="xs"
        w={130}
        aria-label={t('inbox.filter.tag')}
        placeholder={t('inbox.filter.tag')}
        leftSection={<IconTag size={14} aria-hidden />}
        data={knownTags}
        value={tag}
        onChange={setTag}
        onOptionSubmit={(picked) => set('tag', picked)}
        onBlur={() => set('tag', tag.trim())}
        onKeyDown={(e) => {
          if (e.key === 'Enter') set('tag', tag.trim());
        }}
      />
      {activeInboxFilters(filters) > 0 && (
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={() => onChange(() => ({}))}>
          {t('inbox.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
