import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/client.ts';
import { inboxItems, inboxRules, workspaces } from '../../../db/schema.ts';
import { matchesRule } from './match-rule.ts';

/** The tag a rule's "hide" gives, with the item done: spam kept out of everyone's way. */
export const SPAM_TAG = 'spam';

/**
 * Runs the workspace's enabled rules, in order, over items that just arrived: each matching rule
 * adds its tags; the first that assigns gives the item to a member (round-robin, or the one with
 * the fewest open items) and the first with a team hands it to that team; "hide" completes it as
 * spam. The rules are locked while they work, so two deliveries take turns in the round-robin.
 */
export async function applyInboxRules(db: Db, workspaceId: string, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length === 0) return;
  await db.transaction(async (tx) => {
    const rules = await tx
      .select()
      .from(inboxRules)
      .where(and(eq(inboxRules.workspaceId, workspaceId), eq(inboxRules.enabled, true)))
      .orderBy(asc(inboxRules.position), asc(inboxRules.createdAt))
      .for('update');
    if (rules.length === 0) return;
    const [ws] = await tx.select({ zone: workspaces.timezone, settings: workspaces.inbox }).from(workspaces).where(eq(workspaces.id, workspaceId));
    const items = await tx.select().from(inboxItems).where(inArray(inboxItems.id, [...itemIds])).orderBy(asc(inboxItems.sentAt));
    const openCounts = await openItemsOf(tx, workspaceId, [...new Set(rules.flatMap((r) => r.actions.assign?.userIds ?? []))]);
    const lastAssigned = new Map(rules.map((r) => [r.id, r.lastAssignedUserId]));

    for (const item of items) {
      const tags = new Set(item.tags);
      let assigneeId = item.assigneeId;
      let teamId = item.teamId;
      const matching = rules.filter((r) => matchesRule(item, r.conditions, { zone: ws!.zone, settings: ws!.settings }));
      // Spam is hidden and done: nobody is given it, and no round-robin turn is spent on it.
      const hide = matching.some((r) => r.actions.hide);
      for (const rule of matching) {
        for (const tag of rule.actions.addTags ?? []) tags.add(tag);
        if (hide) continue;
        const assign = rule.actions.assign;
        if (assign && !assigneeId && assign.userIds.length > 0) {
          assigneeId = assign.strategy === 'round_robin' ? nextInTurn(assign.userIds, lastAssigned.get(rule.id) ?? null) : fewestOpen(assign.userIds, openCounts);
          lastAssigned.set(rule.id, assigneeId);
          openCounts.set(assigneeId, (openCounts.get(assigneeId) ?? 0) + 1);
        }
        if (rule.actions.teamId && !teamId) teamId = rule.actions.teamId;
      }
      if (hide) tags.add(SPAM_TAG);
      const status = hide ? 'done' : assigneeId || teamId ? 'assigned' : item.status;
      await tx
        .update(inboxItems)
        .set({ tags: [...tags], assigneeId, teamId, status, ...(hide ? { completedAt: sql`now()` } : {}) })
        .where(eq(inboxItems.id, item.id));
    }
    for (const rule of rules) {
      const last = lastAssigned.get(rule.id) ?? null;
      if (last !== rule.lastAssignedUserId) await tx.update(inboxRules).set({ lastAssignedUserId: last }).where(eq(inboxRules.id, rule.id));
    }
  });
}

function nextInTurn(userIds: string[], last: string | null): string {
  const at = last ? userIds.indexOf(last) : -1;
  return userIds[(at + 1) % userIds.length]!;
}

function fewestOpen(userIds: string[], open: Map<string, number>): string {
  return userIds.reduce((best, id) => ((open.get(id) ?? 0) < (open.get(best) ?? 0) ? id : best), userIds[0]!);
}

async function openItemsOf(tx: Tx, workspaceId: string, userIds: string[]): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await tx
    .select({ userId: inboxItems.assigneeId, open: count() })
    .from(inboxItems)
    .where(and(eq(inboxItems.workspaceId, workspaceId), eq(inboxItems.status, 'assigned'), inArray(inboxItems.assigneeId, userIds)))
    .groupBy(inboxItems.assigneeId);
  return new Map(rows.flatMap((r) => (r.userId ? [[r.userId, r.open] as const] : [])));
}
