import { AspectRatio, Center, Image } from '@mantine/core';
import { IconPhoto, IconVideo } from '@tabler/icons-react';
import type { Media } from './types.ts';

/** The file's thumbnail in a square, or an icon of its kind when it has none (a video on a server without ffmpeg). */
export function MediaThumb({ file, size }: { file: Media; size?: number }) {
  const Icon = file.kind === 'video' ? IconVideo : IconPhoto;
  return (
    <AspectRatio ratio={1} w={size} bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-sm)', overflow: 'hidden' }}>
      {file.thumbnailUrl ? (
        <Image src={file.thumbnailUrl} alt={file.altText ?? ''} fit="contain" loading="lazy" />
      ) : (
        <Center>
          <Icon size={size ? size / 2.5 : 48} stroke={1.4} color="var(--mantine-color-gray-6)" aria-hidden />
        </Center>
      )}
    </AspectRatio>
  );
}
