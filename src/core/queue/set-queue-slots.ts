import { and, eq } from 'drizzle-orm';
import { profiles, queueSlots } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { notFound } from '../errors.ts';
import { parseWeeklySlots, type QueueSlot } from '../schedules/queue-slots.ts';
import type { WorkspaceContext } from '../types.ts';
import { queueSlotsOf } from './queue-slots-of.ts';

/** Replaces a profile's weekly posting slots; an empty list leaves it without a queue. */
export async function setQueueSlots(ctx: WorkspaceContext, input: { profileId: string; slots: QueueSlot[] }): Promise<QueueSlot[]> {
  const parsed = input.slots.length === 0 ? [] : parseWeeklySlots(input.slots, 'body.slots');
  const unique = [...new Map(parsed.map((s) => [`${s.weekday} ${s.time.toString({ smallestUnit: 'minute' })}`, s])).values()];
  await ctx.db.transaction(async (tx) => {
    const [profile] = await tx
      .select({ id: profiles.id })
      .from(profiles)
      .where(and(eq(profiles.id, input.profileId), eq(profiles.workspaceId, ctx.workspace.id)));
    if (!profile) throw notFound('The profile');
    await tx.delete(queueSlots).where(and(eq(queueSlots.profileId, profile.id), eq(queueSlots.workspaceId, ctx.workspace.id)));
    if (unique.length > 0) {
      await tx.insert(queueSlots).values(unique.map((s) => ({ profileId: profile.id, workspaceId: ctx.workspace.id, weekday: s.weekday, time: s.time.toString({ smallestUnit: 'minute' }) })));
    }
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'profile.queue_slots_set',
      targetType: 'profile',
      targetId: profile.id,
      details: { slots: unique.length },
    });
  });
  return queueSlotsOf(ctx, { profileId: input.profileId });
}
