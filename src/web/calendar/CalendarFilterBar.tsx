import { Button, Group, Select, TextInput, type ComboboxData } from '@mantine/core';
import { IconFilterOff, IconTag } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { may } from '../app/areas.ts';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { networkOf, useNetworks } from '../networks/queries.ts';
import { useMembers } from '../settings/members/queries.ts';
import { useProfiles } from '../settings/profiles/queries.ts';
import { activeFilterCount, type CalendarFilters } from './filters.ts';
import { postStatuses } from './post-status.ts';
import { useCampaignList } from '../planning/queries.ts';

interface Props {
  filters: CalendarFilters;
  onChange(filters: CalendarFilters): void;
}

/** Profile, network, tag, campaign, status and author: the compact row above the calendar. */
export function CalendarFilterBar({ filters, onChange }: Props) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const workspace = useWorkspace();
  const profiles = useProfiles(workspace.id);
  const networks = useNetworks();
  const campaigns = useCampaignList(workspace.id);
  const members = useMembers(workspace.id, may(workspace, 'members.read'));
  const [tag, setTag] = useState(filters.tag ?? '');
  useEffect(() => setTag(filters.tag ?? ''), [filters.tag]);

  const set = (key: keyof CalendarFilters, value: string | null) => onChange({ ...filters, [key]: value ?? undefined });
  const networkIds = [...new Set((profiles.data ?? []).map((p) => p.network))];
  const authors = members.data?.map((m) => ({ value: m.userId, label: m.name })) ?? [{ value: me.user.id, label: me.user.name }];
  const select = (key: Exclude<keyof CalendarFilters, 'tag'>, label: string, data: ComboboxData, searchable = false) => (
    <Select
      size="xs"
      w={136}
      clearable
      searchable={searchable}
      aria-label={label}
      placeholder={label}
      data={data}
      value={filters[key] ?? null}
      onChange={(v) => set(key, v)}
    />
  );

  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('calendar.filters')}>
      {select(
        'profileId',
        t('calendar.filter.profile'),
        (profiles.data ?? []).map((p) => ({ value: p.id, label: `${networkOf(networks.data, p.network).name} · ${p.displayName || p.handle}` })),
        true,
      )}
      {select('network', t('calendar.filter.network'), networkIds.map((id) => ({ value: id, label: networkOf(networks.data, id).name })))}
      <TextInput
        size="xs"
        w={136}
        aria-label={t('calendar.filter.tag')}
        placeholder={t('calendar.filter.tag')}
        leftSection={<IconTag size={14} aria-hidden />}
        value={tag}
        onChange={(e) => setTag(e.currentTarget.value)}
        onBlur={() => set('tag', tag.trim() || null)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') set('tag', tag.trim() || null);
        }}
      />
      {select('campaignId', t('calendar.filter.campaign'), (campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name })))}
      {select('status', t('calendar.filter.status'), postStatuses.map((s) => ({ value: s, label: t(`calendar.status.${s}`) })))}
      {select('authorId', t('calendar.filter.author'), authors, true)}
      {activeFilterCount(filters) > 0 && (
        <Button size="xs" variant="subtle" color="gray" leftSection={<IconFilterOff size={14} aria-hidden />} onClick={() => onChange({})}>
          {t('calendar.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
