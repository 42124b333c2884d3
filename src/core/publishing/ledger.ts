import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { publishAttempts } from '../../db/schema.ts';

export type Attempt = typeof publishAttempts.$inferSelect;
export type AttemptOutcome = NonNullable<Attempt['outcome']>;

/** Written, and committed, before the network is called: from here on the call may have happened. */
export async function startAttempt(db: Db, input: { targetId: string; part: number; now: Date }): Promise<number> {
  const [row] = await db
    .insert(publishAttempts)
    .values({ targetId: input.targetId, part: input.part, startedAt: input.now })
    .returning({ id: publishAttempts.id });
  return row!.id;
}

export async function finishAttempt(
  db: Db,
  id: number,
  result: { outcome: AttemptOutcome; now: Date; remoteId?: string | null; remoteUrl?: string | null; reason?: string | null },
): Promise<void> {
  await db
    .update(publishAttempts)
    .set({ outcome: result.outcome, finishedAt: result.now, remoteId: result.remoteId ?? null, remoteUrl: result.remoteUrl ?? null, reason: result.reason ?? null })
    .where(eq(publishAttempts.id, id));
}

export async function attemptsOf(db: Db, targetId: string): Promise<Attempt[]> {
  return db.select().from(publishAttempts).where(eq(publishAttempts.targetId, targetId)).orderBy(asc(publishAttempts.id));
}

/** What the ledger says of one part: landed (with where), possibly landed (reconcile first), or not yet. */
export function partState(attempts: Attempt[], part: number): { kind: 'landed'; remoteId: string; remoteUrl: string | null } | { kind: 'maybe'; since: Date } | { kind: 'open' } {
  const mine = attempts.filter((a) => a.part === part);
  const landed = mine.find((a) => (a.outcome === 'ok' || a.outcome === 'found') && a.remoteId);
  if (landed) return { kind: 'landed', remoteId: landed.remoteId!, remoteUrl: landed.remoteUrl };
  const last = mine.at(-1);
  // In flight when its worker died, or answered with "may have happened": look before publishing again.
  if (last && (last.outcome === null || last.outcome === 'unknown')) return { kind: 'maybe', since: mine.find((a) => a.outcome === null || a.outcome === 'unknown')!.startedAt };
  return { kind: 'open' };
}
