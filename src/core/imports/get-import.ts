import { and, eq } from 'drizzle-orm';
import { postImports, type ImportRowResult } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

export interface ImportView {
  id: string;
  status: 'running' | 'done';
  total: number;
  done: number;
  succeeded: number;
  failed: number;
  /** By row number. */
  results: ImportRowResult[];
  createdAt: Date;
  finishedAt: Date | null;
}

export async function getImport(ctx: WorkspaceContext, input: { importId: string }): Promise<ImportView> {
  const [row] = await ctx.db
    .select()
    .from(postImports)
    .where(and(eq(postImports.id, input.importId), eq(postImports.workspaceId, ctx.workspace.id)));
  if (!row) throw notFound('The import');
  const results = [...row.results].sort((a, b) => a.row - b.row);
  const failed = results.filter((r) => r.error !== undefined).length;
  return { id: row.id, status: row.status, total: row.total, done: results.length, succeeded: results.length - failed, failed, results, createdAt: row.createdAt, finishedAt: row.finishedAt };
}
