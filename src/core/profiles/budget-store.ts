import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rateBudgets } from '../../db/schema.ts';
import type { BudgetState, BudgetStore } from '../../networks/rate-budget.ts';

/** Rate budgets in the database, so every worker process waits on what any of them learned. */
export class DbBudgetStore implements BudgetStore {
  constructor(private readonly db: Db) {}

  async get(key: string): Promise<BudgetState | null> {
    const [row] = await this.db.select().from(rateBudgets).where(eq(rateBudgets.key, key));
    return row ? { remaining: row.remaining, resetAt: row.resetAt } : null;
  }

  async set(key: string, state: BudgetState): Promise<void> {
    await this.db
      .insert(rateBudgets)
      .values({ key, remaining: state.remaining, resetAt: state.resetAt })
      .onConflictDoUpdate({
        target: rateBudgets.key,
        set: { remaining: state.remaining, resetAt: state.resetAt, updatedAt: sql`now()` },
      });
  }
}
