import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { media } from '../../db/schema.ts';
import { mediaColumns, mediaView, oneMedia, type MediaView } from './media-view.ts';

export async function getMedia(ctx: WorkspaceContext, input: { mediaId: string }): Promise<MediaView> {
  const [found] = await ctx.db.select(mediaColumns).from(media).where(oneMedia(ctx.workspace.id, input.mediaId));
  if (!found) throw notFound('The media file');
  return mediaView(found);
}
