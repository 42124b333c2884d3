import { Button, Center, EmptyState, Group, SegmentedControl, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPhoto, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../app/QueryState.tsx';
import { MediaCard } from './MediaCard.tsx';
import { useMediaLibrary, type MediaKindFilter } from './queries.ts';
import type { Media } from './types.ts';

interface Props {
  workspaceId: string;
  onEditAlt?: (file: Media) => void;
  onDelete?: (file: Media) => void;
  selected?: string[];
  onToggle?: (file: Media) => void;
}

/** The library as a grid, filtered by kind and name, a page at a time. */
export function MediaBrowser({ workspaceId, selected, ...actions }: Props) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MediaKindFilter>('all');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const library = useMediaLibrary(workspaceId, { kind, q });
  const filtered = kind !== 'all' || q.trim() !== '';

  return (
    <Stack gap="md">
      <Group gap="sm" wrap="wrap">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as MediaKindFilter)}
          data={[
            { value: 'all', label: t('media.kinds.all') },
            { value: 'image', label: t('media.kinds.image') },
            { value: 'video', label: t('media.kinds.video') },
          ]}
          aria-label={t('media.kindFilter')}
        />
        <TextInput
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          placeholder={t('media.search')}
          aria-label={t('media.search')}
          leftSection={<IconSearch size={16} aria-hidden />}
          style={{ flex: '1 1 220px', maxWidth: 360 }}
        />
      </Group>
      <QueryState query={library}>
        {(data) => {
          const files = data.pages.flatMap((p) => p.items);
          if (files.length === 0) {
            return (
              <EmptyState mt="md" variant="light">
                <EmptyState.Indicator>
                  <IconPhoto size={30} stroke={1.6} aria-hidden />
                </EmptyState.Indicator>
                <EmptyState.Title order={2}>{filtered ? t('media.noMatches') : t('media.emptyTitle')}</EmptyState.Title>
                {!filtered && <EmptyState.Description maw={420}>{t('media.emptyText')}</EmptyState.Description>}
              </EmptyState>
            );
          }
          return (
            <>
              <SimpleGrid cols={{ base: 2, xs: 3, md: 4, lg: 5 }} spacing="md">
                {files.map((file) => (
                  <MediaCard key={file.id} file={file} selected={selected?.includes(file.id)} {...actions} />
                ))}
              </SimpleGrid>
              {library.hasNextPage && (
                <Center>
                  <Button variant="default" onClick={() => void library.fetchNextPage()} loading={library.isFetchingNextPage}>
                    {t('media.loadMore')}
                  </Button>
                </Center>
              )}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
