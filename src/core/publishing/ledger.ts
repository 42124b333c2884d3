import { asc, eq, sql } from 'drizzle-orm';
import { AFTER_CALL_GATHER_MS, batchedPerDatabase } from '../../db/batch-loader.ts';
import type { Db } from '../../db/client.ts';
import { publishAttempts } from '../../db/schema.ts';

export type Attempt = typeof publishAttempts.$inferSelect;
export type AttemptOutcome = NonNullable<Attempt['outcome']>;

interface StartInput {
  targetId: string;
  part: number;
  now: Date;
}

type FinishInput = { id: number } & AttemptResult;

interface AttemptResult {
  outcome: AttemptOutcome;
  now: Date;
  remoteId?: string | null;
  remoteUrl?: string | null;
  reason?: string | null;
}

const starts = batchedPerDatabase<StartInput, number>(async (db, keys) => {
  const values = keys.map((k) => ({ target_id: k.targetId, part: k.part, started_at: k.now.toISOString() }));
  const { rows } = (await db.execute(sql`
    insert into publish_attempts (target_id, part, started_at)
    select v.target_id, v.part, v.started_at from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(target_id uuid, part int, started_at timestamptz)
    returning id, target_id, part`)) as unknown as { rows: Array<{ id: string | number; target_id: string; part: number }> };
  const ids = new Map<string, number[]>();
  for (const r of rows) {
    const key = `${r.target_id}:${r.part}`;
    const list = ids.get(key);
    if (list) list.push(Number(r.id));
    else ids.set(key, [Number(r.id)]);
  }
  return keys.map((k) => ids.get(`${k.targetId}:${k.part}`)?.shift() ?? new Error('the ledger row was not written'));
});

const finishes = batchedPerDatabase<FinishInput, true>(async (db, keys) => {
  const rows = keys.map((k) => ({ id: k.id, outcome: k.outcome, finished_at: k.now.toISOString(), remote_id: k.remoteId ?? null, remote_url: k.remoteUrl ?? null, reason: k.reason ?? null }));
  await db.execute(sql`
    update publish_attempts a
    set outcome = v.outcome, finished_at = v.finished_at, remote_id = v.remote_id, remote_url = v.remote_url, reason = v.reason
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(id bigint, outcome text, finished_at timestamptz, remote_id text, remote_url text, reason text)
    where a.id = v.id`);
  return keys.map(() => true as const);
}, { gatherMs: AFTER_CALL_GATHER_MS });

/**
 * Written, and committed, before the network is called: from here on the call may have happened.
 * Calls made together go in one statement, which commits before any of them returns.
 */
export function startAttempt(db: Db, input: StartInput): Promise<number> {
  return starts(db).load(input);
}

export async function finishAttempt(db: Db, id: number, result: AttemptResult): Promise<void> {
  await finishes(db).load({ id, ...result });
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
