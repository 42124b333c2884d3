import { and, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { media } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { mediaColumns, mediaView, type MediaView } from './media-view.ts';

export interface ListMediaInput {
  kind?: 'image' | 'video' | undefined;
  /** Part of the filename, any case. */
  q?: string | undefined;
  /** The last id of the previous page: the page goes on after it. */
  before?: string | undefined;
  limit: number;
}

/** The workspace's media library, newest first, a page at a time. */
export async function listMedia(ctx: WorkspaceContext, input: ListMediaInput): Promise<{ items: MediaView[]; next: string | null }> {
  const where: SQL[] = [eq(media.workspaceId, ctx.workspace.id)];
  if (input.kind) where.push(eq(media.kind, input.kind));
  if (input.q) where.push(ilike(media.filename, `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (input.before) {
    // Compared in the database, so the cursor keeps the timestamp's full precision.
    where.push(
      sql`(${media.createdAt}, ${media.id}) < (select c.created_at, c.id from ${media} c where c.id = ${input.before} and c.workspace_id = ${ctx.workspace.id})`,
    );
  }
  const rows = await ctx.db
    .select(mediaColumns)
    .from(media)
    .where(and(...where))
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return { items: page.map(mediaView), next: rows.length > input.limit ? page.at(-1)!.row.id : null };
}
