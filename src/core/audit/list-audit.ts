import { and, desc, eq, isNull, lt, type SQL } from 'drizzle-orm';
import { auditEvents, users } from '../../db/schema.ts';
import type { ActorContext, WorkspaceContext } from '../types.ts';

export interface AuditPage {
  items: Array<{
    id: number;
    action: string;
    targetType: string;
    targetId: string | null;
    details: Record<string, unknown>;
    createdAt: Date;
    actor: { id: string; name: string } | null;
  }>;
  /** Pass as `before` to read the next, older page; null at the end. */
  nextBefore: number | null;
}

export interface ListAuditInput {
  limit: number;
  before?: number | undefined;
}

/** A workspace's audit trail, newest first. */
export function listWorkspaceAudit(ctx: WorkspaceContext, input: ListAuditInput): Promise<AuditPage> {
  return readAudit(ctx, eq(auditEvents.workspaceId, ctx.workspace.id), input);
}

/** Organization-wide changes (settings, tokens, sign-up), newest first. */
export function listOrganizationAudit(ctx: ActorContext, input: ListAuditInput): Promise<AuditPage> {
  return readAudit(ctx, and(eq(auditEvents.organizationId, ctx.actor.organizationId), isNull(auditEvents.workspaceId))!, input);
}

async function readAudit(ctx: ActorContext, scope: SQL, input: ListAuditInput): Promise<AuditPage> {
  const rows = await ctx.db
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(input.before ? and(scope, lt(auditEvents.id, input.before)) : scope)
    .orderBy(desc(auditEvents.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  return {
    items: page.map(({ event, actorName }) => ({
      id: event.id,
      action: event.action,
      targetType: event.targetType,
      targetId: event.targetId,
      details: event.details,
      createdAt: event.createdAt,
      actor: event.actorId ? { id: event.actorId, name: actorName ?? '' } : null,
    })),
    nextBefore: rows.length > input.limit ? page[page.length - 1]!.event.id : null,
  };
}
