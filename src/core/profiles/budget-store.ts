import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rateBudgets } from '../../db/schema.ts';
import type { BudgetState, BudgetStore } from '../../networks/rate-budget.ts';

/**
 * How long a budget read stays good in this process. Calls made meanwhile share one read, so a
 * burst of posts to one account reads its budget once; what another process learned in that time
 * costs at most one 429, which is itself read as a budget.
 */
const FRESH_MS = 1_000;

/** Rate budgets in the database, so every worker process waits on what any of them learned. */
export class DbBudgetStore implements BudgetStore {
  private readonly recent = new Map<string, { at: number; state: Promise<BudgetState | null> }>();

  constructor(private readonly db: Db) {}

  get(key: string): Promise<BudgetState | null> {
    const now = Date.now();
    const hit = this.recent.get(key);
    if (hit && now - hit.at < FRESH_MS) return hit.state;
    const state = this.read(key);
    this.recent.set(key, { at: now, state });
    // A failed read is not kept: the next call asks again.
    state.catch(() => this.recent.delete(key));
    return state;
  }

  async set(key: string, state: BudgetState): Promise<void> {
    this.recent.set(key, { at: Date.now(), state: Promise.resolve(state) });
    await this.db
      .insert(rateBudgets)
      .values({ key, remaining: state.remaining, resetAt: state.resetAt })
      .onConflictDoUpdate({
        target: rateBudgets.key,
        set: { remaining: state.remaining, resetAt: state.resetAt, updatedAt: sql`now()` },
      });
  }

  private async read(key: string): Promise<BudgetState | null> {
    const [row] = await this.db.select().from(rateBudgets).where(eq(rateBudgets.key, key));
    return row ? { remaining: row.remaining, resetAt: row.resetAt } : null;
  }
}
