import { and, arrayContains, desc, eq, gte, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { inboxItems } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';
import { inboxClockOf, toInboxItemView, visibleInboxItems, type InboxItemView } from './inbox-item-view.ts';

export interface InboxFilters {
  profileId?: string | undefined;
  network?: string | undefined;
  kind?: InboxItemView['kind'] | undefined;
  status?: InboxItemView['status'] | undefined;
  /** A member's id, or "none" for items nobody owns. */
  assigneeId?: string | undefined;
  tag?: string | undefined;
  teamId?: string | undefined;
  sentiment?: InboxItemView['sentiment'] | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** From a previous page: where it stopped. */
  cursor?: string | undefined;
  limit: number;
}

const encode = (r: { sentAt: Date; id: string }) => Buffer.from(`${r.sentAt.toISOString()}|${r.id}`).toString('base64url');
function decode(cursor: string): { sentAt: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const sentAt = new Date(at ?? '');
  return id && !Number.isNaN(sentAt.getTime()) ? { sentAt, id } : null;
}

/** The unified stream, newest first, filtered; a page at a time. */
export async function listInbox(ctx: WorkspaceContext, f: InboxFilters): Promise<{ items: InboxItemView[]; nextCursor: string | null }> {
  const where: SQL[] = [visibleInboxItems(ctx)];
  if (f.profileId) where.push(eq(inboxItems.profileId, f.profileId));
  if (f.network) where.push(eq(inboxItems.network, f.network));
  if (f.kind) where.push(eq(inboxItems.kind, f.kind));
  if (f.status) where.push(eq(inboxItems.status, f.status));
  if (f.assigneeId === 'none') where.push(isNull(inboxItems.assigneeId));
  else if (f.assigneeId) where.push(eq(inboxItems.assigneeId, f.assigneeId));
  if (f.tag) where.push(arrayContains(inboxItems.tags, [f.tag]));
  if (f.teamId) where.push(eq(inboxItems.teamId, f.teamId));
  if (f.sentiment) where.push(eq(inboxItems.sentiment, f.sentiment));
  if (f.from) where.push(gte(inboxItems.sentAt, f.from));
  if (f.to) where.push(lt(inboxItems.sentAt, f.to));
  const after = f.cursor ? decode(f.cursor) : null;
  // A row comparison, which the stream's indexes answer directly.
  if (after) where.push(sql`(${inboxItems.sentAt}, ${inboxItems.id}) < (${after.sentAt.toISOString()}::timestamptz, ${after.id}::uuid)`);
  const clock = await inboxClockOf(ctx);
  const rows = await ctx.db
    .select()
    .from(inboxItems)
    .where(and(...where))
    .orderBy(desc(inboxItems.sentAt), desc(inboxItems.id))
    .limit(f.limit + 1);
  const page = rows.slice(0, f.limit);
  return { items: page.map((r) => toInboxItemView(r, clock)), nextCursor: rows.length > f.limit ? encode(page.at(-1)!) : null };
}
