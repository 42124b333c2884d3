import { postImports } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { IMPORT_QUEUE } from './import-queue.ts';
import { previewImport } from './preview-import.ts';

/**
 * Confirms an import: the rows that passed are kept and a job creates their posts one by one; the
 * rows that failed are recorded at once with their reasons. The job is enqueued with the import.
 */
export async function startImport(ctx: WorkspaceContext, input: { csv: string }): Promise<{ id: string }> {
  const preview = await previewImport(ctx, input);
  if (preview.valid === 0) {
    throw new AppError('validation_failed', 'No row of this file can be imported: fix the rows the preview marks and try again.', { problems: [{ field: 'body.csv', message: 'no valid rows' }] });
  }
  const failed = preview.rows.filter((r) => r.errors.length > 0).map((r) => ({ row: r.row, error: r.errors.map((e) => e.message).join(' ') }));
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(postImports)
      .values({ workspaceId: ctx.workspace.id, createdBy: ctx.actor.userId, status: 'running', total: preview.rows.length, rows: preview.ready, results: failed })
      .returning({ id: postImports.id });
    await ctx.jobs.send(IMPORT_QUEUE, { importId: row!.id }, { tx });
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'posts.import_started',
      targetType: 'import',
      targetId: row!.id,
      details: { rows: preview.rows.length, valid: preview.valid },
    });
    return { id: row!.id };
  });
}
