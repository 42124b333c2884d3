import { buffer } from 'node:stream/consumers';
import { asc, eq } from 'drizzle-orm';
import { media, postTargetMedia } from '../../db/schema.ts';
import type { MediaItem } from '../../networks/adapter.ts';
import { mediaStorage } from '../media/storage/media-storage.ts';
import type { AppContext } from '../types.ts';

/** Long enough for a network that fetches a file some while after it is told where (Instagram, TikTok). */
const PULL_URL_SECONDS = 24 * 60 * 60;

/** The files a target publishes, in its order, each readable from storage and fetchable by URL. */
export async function targetMedia(ctx: AppContext, targetId: string): Promise<MediaItem[]> {
  const rows = await ctx.db
    .select({ file: media })
    .from(postTargetMedia)
    .innerJoin(media, eq(media.id, postTargetMedia.mediaId))
    .where(eq(postTargetMedia.targetId, targetId))
    .orderBy(asc(postTargetMedia.position));
  const storage = mediaStorage(ctx);
  return Promise.all(
    rows.map(async ({ file }) => ({
      kind: file.kind,
      mimeType: file.mimeType,
      read: async () => new Uint8Array(await buffer(await storage.get(file.storageKey))),
      publicUrl: await storage.pullUrl({ mediaId: file.id, key: file.storageKey }, PULL_URL_SECONDS),
      ...(file.altText ? { altText: file.altText } : {}),
      ...(file.width !== null ? { width: file.width } : {}),
      ...(file.height !== null ? { height: file.height } : {}),
      ...(file.durationMs !== null ? { durationSeconds: file.durationMs / 1000 } : {}),
    })),
  );
}
