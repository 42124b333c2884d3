import { and, eq, sql } from 'drizzle-orm';
import { media, postTargetMedia } from '../../db/schema.ts';

export type MediaRow = typeof media.$inferSelect;

/** A file of the media library as people and API clients see it. */
export interface MediaView {
  id: string;
  filename: string;
  kind: 'image' | 'video';
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  altText: string | null;
  /** Canopy's own, signed-in address of the file; networks get a pull URL instead. */
  url: string;
  thumbnailUrl: string | null;
  createdAt: Date;
  /** Whether a post carries it, which keeps it from being deleted. */
  inUse: boolean;
}

/** Selects a media row with whether any post target uses it. */
export const mediaColumns = {
  row: media,
  inUse: sql<boolean>`exists (select 1 from ${postTargetMedia} where ${postTargetMedia.mediaId} = ${media.id})`.mapWith(Boolean),
};

export function mediaView({ row, inUse }: { row: MediaRow; inUse: boolean }): MediaView {
  const base = `/api/v1/workspaces/${row.workspaceId}/media/${row.id}`;
  return {
    id: row.id,
    filename: row.filename,
    kind: row.kind,
    mimeType: row.mimeType,
    bytes: row.bytes,
    width: row.width,
    height: row.height,
    durationMs: row.durationMs,
    altText: row.altText,
    url: `${base}/file`,
    thumbnailUrl: row.thumbnailKey ? `${base}/thumbnail` : null,
    createdAt: row.createdAt,
    inUse,
  };
}

/** The scope every media query starts from: this id, in this workspace. */
export const oneMedia = (workspaceId: string, mediaId: string) => and(eq(media.id, mediaId), eq(media.workspaceId, workspaceId));
