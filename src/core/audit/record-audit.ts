import type { Db, Tx } from '../../db/client.ts';
import { auditEvents } from '../../db/schema.ts';

export interface AuditEntry {
  organizationId: string;
  workspaceId?: string | null;
  actorId: string | null;
  /** verb-noun in the past tense, e.g. "member.role_changed". */
  action: string;
  targetType: string;
  targetId?: string | null;
  details?: Record<string, unknown>;
}

/** Writes one audit event in the caller's transaction, so the change and its record land together. */
export async function recordAudit(db: Db | Tx, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values({
    organizationId: entry.organizationId,
    workspaceId: entry.workspaceId ?? null,
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId ?? null,
    details: entry.details ?? {},
  });
}
