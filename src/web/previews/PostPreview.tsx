import { Box, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPhoto } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { displayHandle } from '../networks/handle.ts';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { lookOf, type PreviewLook } from './looks.ts';
import { PreviewText } from './PreviewText.tsx';
import { firstLink } from './rich-text.ts';

export interface PreviewMedia {
  id: string;
  url: string;
  thumbnailUrl: string | null;
  altText: string | null;
}

export interface PreviewPost {
  network: { id: string; name: string; color: string };
  /** Whether the network draws a card for the post's first link. */
  linkPreview: boolean;
  author: { displayName: string; handle: string };
  text: string;
  threadParts: string[];
  firstComment: string;
  link: string;
  media: PreviewMedia[];
}

function Avatar({ look, name, color, size }: { look: PreviewLook; name: string; color: string; size: number }) {
  return (
    <Box
      aria-hidden
      w={size}
      h={size}
      style={{
        flexShrink: 0,
        borderRadius: look.avatar === 'circle' ? '50%' : Math.round(size / 4),
        background: `color-mix(in srgb, ${color} 22%, white)`,
        color,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        fontWeight: 700,
        fontSize: size * 0.42,
      }}
    >
      {[...(name.trim() || '?')][0]!.toUpperCase()}
    </Box>
  );
}

function MediaGrid({ media, square }: { media: PreviewMedia[]; square: boolean }) {
  if (media.length === 0) return null;
  return (
    <SimpleGrid cols={media.length === 1 || square ? 1 : 2} spacing={2} style={{ borderRadius: square ? 0 : 12, overflow: 'hidden' }}>
      {(square ? media.slice(0, 1) : media.slice(0, 4)).map((m) => (
        <Image key={m.id} src={m.thumbnailUrl ?? m.url} alt={m.altText ?? ''} h={square ? 260 : media.length === 1 ? 220 : 120} fit="cover" />
      ))}
    </SimpleGrid>
  );
}

function LinkCard({ url, label }: { url: string; label: string }) {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // Not a whole address yet (the person is still typing it): show it as written.
  }
  return (
    <Paper withBorder radius="md" p="xs" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase">
        {host}
      </Text>
      <Text size="sm" fw={500} truncate>
        {url}
      </Text>
    </Paper>
  );
}

/** One entry of the post as its network shows it: who posts, the text, media, link card. */
function Entry({ post, look, text, media, link, last }: { post: PreviewPost; look: PreviewLook; text: string; media: PreviewMedia[]; link: string | null; last: boolean }) {
  const { t } = useTranslation();
  const handle = look.at ? displayHandle(post.author.handle) : post.author.handle.replace(/^@/, '');
  const byline = look.byline === 'handle' ? `${handle} · ${t('compose.preview.now')}` : t('compose.preview.now');
  const header = (
    <Group gap={6} wrap="nowrap" miw={0}>
      <Text size="sm" fw={700} truncate>
        {post.author.displayName}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {byline}
      </Text>
    </Group>
  );
  const body = (
    <Stack gap={8}>
      <PreviewText text={text} accent={look.accent} placeholder={t('compose.preview.noText')} />
      <MediaGrid media={media} square={false} />
      {link && <LinkCard url={link} label={t('compose.preview.linkCard')} />}
    </Stack>
  );
  if (look.layout === 'top') {
    return (
      <Stack gap="xs">
        <Group gap="xs" wrap="nowrap">
          <Avatar look={look} name={post.author.displayName} color={post.network.color} size={40} />
          <Stack gap={0} miw={0}>
            <Text size="sm" fw={700} truncate>
              {post.author.displayName}
            </Text>
            <Text size="xs" c="dimmed">
              {byline}
            </Text>
          </Stack>
        </Group>
        {body}
      </Stack>
    );
  }
  return (
    <Group gap="sm" wrap="nowrap" align="stretch">
      <Stack gap={4} align="center">
        <Avatar look={look} name={post.author.displayName} color={post.network.color} size={40} />
        {!last && <Box style={{ flex: 1, width: 2, background: 'var(--mantine-color-gray-3)' }} />}
      </Stack>
      <Stack gap={4} miw={0} style={{ flex: 1 }} pb={last ? 0 : 'sm'}>
        {header}
        {body}
      </Stack>
    </Group>
  );
}

/** The post as it will look on one network, with its thread, first comment and link card. */
export function PostPreview({ post }: { post: PreviewPost }) {
  const { t } = useTranslation();
  const look = lookOf(post.network.id, post.network.color);
  const link = post.link || (post.linkPreview && post.media.length === 0 ? firstLink(post.text) : null);
  const parts = post.threadParts.filter((p) => p.trim());
  return (
    <Paper withBorder radius="lg" p="md" data-preview={post.network.id} aria-label={t('compose.preview.label', { network: post.network.name })} role="figure">
      <Stack gap="sm">
        {look.layout === 'photo' ? (
          <Stack gap="xs">
            <Group gap="xs">
              <Avatar look={look} name={post.author.displayName} color={post.network.color} size={32} />
              <Text size="sm" fw={700}>
                {post.author.handle.replace(/^@/, '')}
              </Text>
            </Group>
            {post.media.length > 0 ? (
              <MediaGrid media={post.media} square />
            ) : (
              <Box h={200} bg="var(--mantine-color-gray-1)" style={{ display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
                <IconPhoto size={40} color="var(--mantine-color-gray-5)" aria-hidden />
              </Box>
            )}
            <PreviewText text={post.text} accent={look.accent} placeholder={t('compose.preview.noText')} />
          </Stack>
        ) : (
          <Stack gap={0}>
            <Entry post={post} look={look} text={post.text} media={post.media} link={link} last={parts.length === 0} />
            {parts.map((part, i) => (
              <Entry key={i} post={post} look={look} text={part} media={[]} link={null} last={i === parts.length - 1} />
            ))}
          </Stack>
        )}
        {post.firstComment.trim() && (
          <Paper radius="md" p="xs" bg="var(--mantine-color-gray-0)" ml={look.layout === 'side' ? 48 : 0}>
            <Group gap={6} mb={2}>
              <NetworkMark network={post.network} size={14} />
              <Text size="xs" fw={600} c="dimmed">
                {t('compose.preview.firstComment')}
              </Text>
            </Group>
            <PreviewText text={post.firstComment} accent={look.accent} placeholder="" />
          </Paper>
        )}
      </Stack>
    </Paper>
  );
}
