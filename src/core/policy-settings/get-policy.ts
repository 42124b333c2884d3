import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { workspaces, type WorkspacePolicy } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

/** The workspace's content policy. */
export async function getPolicy(db: Db | Tx, workspaceId: string): Promise<WorkspacePolicy> {
  const [row] = await db.select({ policy: workspaces.policy }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!row) throw notFound('The workspace');
  return row.policy;
}
