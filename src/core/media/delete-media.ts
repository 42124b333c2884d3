import { eq } from 'drizzle-orm';
import { isForeignKeyViolation } from '../../db/errors.ts';
import { media, postTargetMedia } from '../../db/schema.ts';
import { AppError, notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { oneMedia } from './media-view.ts';
import { mediaStorage } from './storage/media-storage.ts';

const inUse = () => new AppError('conflict', 'A post uses this file. Remove it from those posts first, then delete it.');

/** Removes a file from the library and from storage, unless a post uses it. */
export async function deleteMedia(ctx: WorkspaceContext, input: { mediaId: string }): Promise<void> {
  const [row] = await ctx.db.select().from(media).where(oneMedia(ctx.workspace.id, input.mediaId));
  if (!row) throw notFound('The media file');
  const [used] = await ctx.db.select({ targetId: postTargetMedia.targetId }).from(postTargetMedia).where(eq(postTargetMedia.mediaId, row.id)).limit(1);
  if (used) throw inUse();
  try {
    await ctx.db.delete(media).where(oneMedia(ctx.workspace.id, row.id));
  } catch (err) {
    // A post took it between the check and the delete; the foreign key refuses, and so do we.
    if (isForeignKeyViolation(err)) throw inUse();
    throw err;
  }
  const storage = mediaStorage(ctx);
  await storage.delete(row.storageKey);
  if (row.thumbnailKey) await storage.delete(row.thumbnailKey);
}
