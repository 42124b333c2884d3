import { and, eq, inArray, sql } from 'drizzle-orm';
import { postImports, profiles, users, type ImportRowResult } from '../../db/schema.ts';
import { needsApproval } from '../approvals/needs-approval.ts';
import { AppError } from '../errors.ts';
import { createPost } from '../publishing/create-post.ts';
import type { AppContext, WorkspaceContext } from '../types.ts';
import { enterWorkspace } from '../workspaces/enter-workspace.ts';
import type { ImportReadyRow } from './import-row.ts';

/**
 * Creates an import's posts one by one, as the person who imported them and with their rights
 * today: drafts when their posts need approval, else scheduled. Each row's result is stored as it
 * is known, so progress can be followed and a job run again skips the rows already done.
 */
export async function runImport(app: AppContext, input: { importId: string }): Promise<void> {
  const [job] = await app.db.select().from(postImports).where(eq(postImports.id, input.importId));
  if (!job || job.status === 'done') return;
  const done = new Set(job.results.map((r) => r.row));
  const ctx = await importerContext(app, job.createdBy, job.workspaceId);
  const asDraft = ctx.kind === 'ok' && (await needsApproval(ctx.ctx));
  for (const row of job.rows as ImportReadyRow[]) {
    if (done.has(row.row)) continue;
    const result = ctx.kind === 'ok' ? await importRow(ctx.ctx, row, asDraft) : { row: row.row, error: ctx.reason };
    await app.db
      .update(postImports)
      .set({ results: sql`${postImports.results} || ${JSON.stringify([result])}::jsonb` })
      .where(eq(postImports.id, job.id));
  }
  await app.db.update(postImports).set({ status: 'done', rows: [], finishedAt: app.now() }).where(eq(postImports.id, job.id));
}

async function importRow(ctx: WorkspaceContext, row: ImportReadyRow, asDraft: boolean): Promise<ImportRowResult> {
  try {
    const postId = await createPost(ctx, {
      profileIds: row.profileIds,
      text: row.text,
      schedule: { date: row.date, time: row.time },
      tags: row.tags,
      campaignId: row.campaignId ?? undefined,
      ...(row.link && { variants: await linkVariants(ctx, row.profileIds, row.link) }),
      ...(asDraft && { draft: true }),
    });
    return { row: row.row, postId };
  } catch (err) {
    if (err instanceof AppError) return { row: row.row, error: err.extra.problems?.length ? `${err.message} ${err.extra.problems.map((p) => p.message).join('; ')}` : err.message };
    throw err;
  }
}

/** The row's link, for each network its profiles are on. */
async function linkVariants(ctx: WorkspaceContext, profileIds: string[], link: string): Promise<Record<string, { link: string }>> {
  const rows = await ctx.db
    .selectDistinct({ network: profiles.network })
    .from(profiles)
    .where(and(eq(profiles.workspaceId, ctx.workspace.id), inArray(profiles.id, profileIds)));
  return Object.fromEntries(rows.map((r) => [r.network, { link }]));
}

async function importerContext(app: AppContext, userId: string | null, workspaceId: string): Promise<{ kind: 'ok'; ctx: WorkspaceContext } | { kind: 'gone'; reason: string }> {
  const gone = { kind: 'gone' as const, reason: 'The person who started this import is no longer a member of the workspace.' };
  if (!userId) return gone;
  const [user] = await app.db.select({ organizationId: users.organizationId, orgRole: users.orgRole }).from(users).where(eq(users.id, userId));
  if (!user) return gone;
  try {
    return { kind: 'ok', ctx: await enterWorkspace({ ...app, actor: { userId, organizationId: user.organizationId, orgRole: user.orgRole } }, workspaceId) };
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') return gone;
    throw err;
  }
}
