import { Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { PostPreview, type PreviewPost } from './PostPreview.tsx';

interface Props {
  posts: PreviewPost[];
}

/** The post as each chosen network will show it, one tab per network. */
export function PreviewPanel({ posts }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>(null);
  const first = posts[0];
  // The chosen tab, or the first network once that one's profile is no longer chosen.
  const active = posts.some((p) => p.network.id === tab) ? tab : (first?.network.id ?? null);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('compose.preview.title')}
      </Title>
      {!first ? (
        <Paper withBorder radius="lg" p="lg" bg="var(--mantine-color-gray-0)">
          <Text size="sm" c="dimmed">
            {t('compose.preview.empty')}
          </Text>
        </Paper>
      ) : (
        <Tabs value={active} onChange={setTab} keepMounted={false} variant="pills" radius="md">
          <Tabs.List mb="sm">
            {posts.map((p) => (
              <Tabs.Tab key={p.network.id} value={p.network.id} leftSection={<NetworkMark network={p.network} size={18} />}>
                {p.network.name}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {posts.map((p) => (
            <Tabs.Panel key={p.network.id} value={p.network.id}>
              <PostPreview post={p} />
            </Tabs.Panel>
          ))}
        </Tabs>
      )}
    </Stack>
  );
}
