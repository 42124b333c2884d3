import { and, asc, eq } from 'drizzle-orm';
import { profiles, queueSlots } from '../../db/schema.ts';
import { notFound } from '../errors.ts';
import type { IsoWeekday, QueueSlot } from '../schedules/queue-slots.ts';
import type { WorkspaceContext } from '../types.ts';

/** A profile's weekly posting slots, Monday first, earliest first. */
export async function queueSlotsOf(ctx: WorkspaceContext, input: { profileId: string }): Promise<QueueSlot[]> {
  const [profile] = await ctx.db
    .select({ id: profiles.id })
    .from(profiles)
    .where(and(eq(profiles.id, input.profileId), eq(profiles.workspaceId, ctx.workspace.id)));
  if (!profile) throw notFound('The profile');
  const rows = await ctx.db
    .select({ weekday: queueSlots.weekday, time: queueSlots.time })
    .from(queueSlots)
    .where(and(eq(queueSlots.profileId, profile.id), eq(queueSlots.workspaceId, ctx.workspace.id)))
    .orderBy(asc(queueSlots.weekday), asc(queueSlots.time));
  return rows.map((r) => ({ weekday: r.weekday as IsoWeekday, time: r.time }));
}
