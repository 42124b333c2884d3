import { and, asc, eq } from 'drizzle-orm';
import { savedReplies } from '../../db/schema.ts';
import { uniqueName } from '../campaigns/name-taken.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

export interface SavedReplyView {
  id: string;
  name: string;
  body: string;
}

const view = (r: typeof savedReplies.$inferSelect): SavedReplyView => ({ id: r.id, name: r.name, body: r.body });
const ofWorkspace = (ctx: WorkspaceContext, id: string) => and(eq(savedReplies.id, id), eq(savedReplies.workspaceId, ctx.workspace.id));

export async function listSavedReplies(ctx: WorkspaceContext): Promise<SavedReplyView[]> {
  return (await ctx.db.select().from(savedReplies).where(eq(savedReplies.workspaceId, ctx.workspace.id)).orderBy(asc(savedReplies.name))).map(view);
}

export async function createSavedReply(ctx: WorkspaceContext, input: { name: string; body: string }): Promise<SavedReplyView> {
  const [row] = await uniqueName('A saved reply', input.name, () => ctx.db.insert(savedReplies).values({ workspaceId: ctx.workspace.id, ...input }).returning());
  return view(row!);
}

export async function updateSavedReply(ctx: WorkspaceContext, input: { savedReplyId: string; name?: string | undefined; body?: string | undefined }): Promise<SavedReplyView> {
  const changes = { ...(input.name !== undefined && { name: input.name }), ...(input.body !== undefined && { body: input.body }) };
  const [row] =
    Object.keys(changes).length === 0
      ? await ctx.db.select().from(savedReplies).where(ofWorkspace(ctx, input.savedReplyId))
      : await uniqueName('A saved reply', input.name ?? '', () => ctx.db.update(savedReplies).set(changes).where(ofWorkspace(ctx, input.savedReplyId)).returning());
  if (!row) throw notFound('The saved reply');
  return view(row);
}

export async function deleteSavedReply(ctx: WorkspaceContext, savedReplyId: string): Promise<void> {
  const gone = await ctx.db.delete(savedReplies).where(ofWorkspace(ctx, savedReplyId)).returning({ id: savedReplies.id });
  if (gone.length === 0) throw notFound('The saved reply');
}

/** A saved reply's text for one item: `{name}` becomes the author's name, `{handle}` their handle. */
export async function renderSavedReply(ctx: WorkspaceContext, savedReplyId: string, author: { name: string; handle: string }): Promise<string> {
  const [row] = await ctx.db.select().from(savedReplies).where(ofWorkspace(ctx, savedReplyId));
  if (!row) throw notFound('The saved reply');
  return row.body.replaceAll('{name}', author.name).replaceAll('{handle}', author.handle.startsWith('@') ? author.handle : `@${author.handle}`);
}
