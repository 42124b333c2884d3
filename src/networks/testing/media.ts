import type { MediaItem } from '../adapter.ts';

/** A small media item for contract tests: fixed bytes, and a record of how often they were read. */
export function testMedia(input: Partial<Omit<MediaItem, 'read'>> & { bytes?: Uint8Array } = {}): MediaItem & { reads: number } {
  const bytes = input.bytes ?? new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
  const item = {
    kind: input.kind ?? 'image',
    mimeType: input.mimeType ?? (input.kind === 'video' ? 'video/mp4' : 'image/png'),
    reads: 0,
    async read() {
      item.reads++;
      return bytes;
    },
    ...(input.altText !== undefined ? { altText: input.altText } : {}),
    ...(input.publicUrl !== undefined ? { publicUrl: input.publicUrl } : {}),
    ...(input.width !== undefined ? { width: input.width } : {}),
    ...(input.height !== undefined ? { height: input.height } : {}),
    ...(input.durationSeconds !== undefined ? { durationSeconds: input.durationSeconds } : {}),
  };
  return item;
}
