import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { handoffDeliveries, handoffTargets } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError, notFound } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';

export type HandoffKind = (typeof handoffTargets.$inferSelect)['kind'];

/** A hand-off target as people see it: never its secret. */
export interface HandoffTargetView {
  id: string;
  kind: HandoffKind;
  name: string;
  url: string | null;
  enabled: boolean;
  createdAt: string;
}

export interface HandoffDeliveryView {
  id: string;
  itemId: string | null;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  responseSnippet: string | null;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
  createdAt: string;
}

export interface NewHandoffTarget {
  kind: HandoffKind;
  name: string;
  /** The webhook's address. */
  url?: string | undefined;
  /** HubSpot's private app access token. */
  token?: string | undefined;
}

const view = (t: typeof handoffTargets.$inferSelect): HandoffTargetView => ({ id: t.id, kind: t.kind, name: t.name, url: t.url, enabled: t.enabled, createdAt: t.createdAt.toISOString() });
const ofWorkspace = (ctx: WorkspaceContext, targetId: string) => and(eq(handoffTargets.id, targetId), eq(handoffTargets.workspaceId, ctx.workspace.id));

async function audit(ctx: WorkspaceContext, action: string, targetId: string, details: Record<string, unknown> = {}): Promise<void> {
  await recordAudit(ctx.db, { organizationId: ctx.workspace.organizationId, workspaceId: ctx.workspace.id, actorId: ctx.actor.userId, action, targetType: 'handoff_target', targetId, details });
}

export async function listHandoffTargets(ctx: WorkspaceContext): Promise<HandoffTargetView[]> {
  return (await ctx.db.select().from(handoffTargets).where(eq(handoffTargets.workspaceId, ctx.workspace.id)).orderBy(handoffTargets.createdAt)).map(view);
}

/** The workspace's own target, secret and all, for sending. */
export async function findHandoffTarget(ctx: WorkspaceContext, targetId: string): Promise<typeof handoffTargets.$inferSelect> {
  const [row] = await ctx.db.select().from(handoffTargets).where(ofWorkspace(ctx, targetId));
  if (!row) throw notFound('The hand-off target');
  return row;
}

/** Adds a target. A webhook gets a signing secret made here, returned this once. */
export async function createHandoffTarget(ctx: WorkspaceContext, input: NewHandoffTarget): Promise<HandoffTargetView & { signingSecret?: string }> {
  if (input.kind === 'webhook' && !input.url) throw new AppError('validation_failed', 'A webhook needs the address to send leads to.', { problems: [{ field: 'body.url', message: 'give the address of the receiver, like https://crm.example.com/hooks/canopy' }] });
  if (input.kind === 'hubspot' && !input.token) throw new AppError('validation_failed', 'HubSpot needs a private app access token.', { problems: [{ field: 'body.token', message: 'give the access token of a HubSpot private app with the contacts scopes' }] });
  const signingSecret = input.kind === 'webhook' ? `whsec_${randomBytes(32).toString('base64url')}` : undefined;
  const secret = ctx.secrets.seal(signingSecret ?? input.token!);
  const [row] = await ctx.db
    .insert(handoffTargets)
    .values({ workspaceId: ctx.workspace.id, kind: input.kind, name: input.name, url: input.kind === 'webhook' ? input.url! : null, secret })
    .returning();
  await audit(ctx, 'handoff_target.created', row!.id, { kind: input.kind, name: input.name });
  return { ...view(row!), ...(signingSecret ? { signingSecret } : {}) };
}

export async function updateHandoffTarget(ctx: WorkspaceContext, targetId: string, input: { name?: string; url?: string; enabled?: boolean; token?: string }): Promise<HandoffTargetView> {
  const current = await findHandoffTarget(ctx, targetId);
  const [row] = await ctx.db
    .update(handoffTargets)
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.enabled !== undefined ? { enabled: input.enabled } : {}),
      ...(input.url !== undefined && current.kind === 'webhook' ? { url: input.url } : {}),
      ...(input.token !== undefined && current.kind === 'hubspot' ? { secret: ctx.secrets.seal(input.token) } : {}),
    })
    .where(ofWorkspace(ctx, targetId))
    .returning();
  await audit(ctx, 'handoff_target.updated', targetId, { enabled: input.enabled, name: input.name });
  return view(row!);
}

export async function deleteHandoffTarget(ctx: WorkspaceContext, targetId: string): Promise<void> {
  const gone = await ctx.db.delete(handoffTargets).where(ofWorkspace(ctx, targetId)).returning({ id: handoffTargets.id });
  if (gone.length === 0) throw notFound('The hand-off target');
  await audit(ctx, 'handoff_target.deleted', targetId);
}

/** The target's delivery log, newest first. */
export async function listHandoffDeliveries(ctx: WorkspaceContext, targetId: string, limit = 100): Promise<HandoffDeliveryView[]> {
  await findHandoffTarget(ctx, targetId);
  const rows = await ctx.db.select().from(handoffDeliveries).where(eq(handoffDeliveries.targetId, targetId)).orderBy(desc(handoffDeliveries.createdAt), desc(handoffDeliveries.id)).limit(limit);
  return rows.map((d) => ({
    id: d.id,
    itemId: d.itemId,
    status: d.status,
    attempts: d.attempts,
    lastStatusCode: d.lastStatusCode,
    lastError: d.lastError,
    responseSnippet: d.responseSnippet,
    nextAttemptAt: d.nextAttemptAt?.toISOString() ?? null,
    deliveredAt: d.deliveredAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
  }));
}
