import { media } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { getMedia } from './get-media.ts';
import { oneMedia, type MediaView } from './media-view.ts';

/** Sets a file's alt text, which networks that take one publish with it; empty clears it. */
export async function updateMedia(ctx: WorkspaceContext, input: { mediaId: string; altText: string | null }): Promise<MediaView> {
  const altText = input.altText?.trim() || null;
  const updated = await ctx.db.update(media).set({ altText }).where(oneMedia(ctx.workspace.id, input.mediaId)).returning({ id: media.id });
  if (updated.length === 0) throw notFound('The media file');
  return getMedia(ctx, input);
}
