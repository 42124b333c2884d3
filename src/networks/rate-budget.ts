/** What a network last told us about one budget: calls left, and when it refills. */
export interface BudgetState {
  remaining: number | null;
  resetAt: Date | null;
}

/** Where budgets are kept: in memory for one process, or in the database to share among workers. */
export interface BudgetStore {
  get(key: string): Promise<BudgetState | null>;
  set(key: string, state: BudgetState): Promise<void>;
}

export class MemoryBudgetStore implements BudgetStore {
  private readonly states = new Map<string, BudgetState>();
  async get(key: string) {
    return this.states.get(key) ?? null;
  }
  async set(key: string, state: BudgetState) {
    this.states.set(key, state);
  }
}

/** Meta reports usage as percentages of the hourly allowance; we stop short of the wall. */
const META_STOP_PERCENT = 95;

function parseReset(value: string, now: Date): Date | null {
  if (/^\d+(\.\d+)?$/.test(value)) {
    const n = Number(value);
    // Epoch seconds (X, Bluesky) versus seconds from now (the IETF draft).
    return new Date(n > 1e9 ? n * 1000 : now.getTime() + n * 1000);
  }
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function parseRetryAfter(value: string, now: Date): Date | null {
  if (/^\d+$/.test(value)) return new Date(now.getTime() + Number(value) * 1000);
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d;
}

function metaUsage(headers: Headers, now: Date): BudgetState | null {
  const app = headers.get('x-app-usage');
  const buc = headers.get('x-business-use-case-usage');
  if (!app && !buc) return null;
  let highest = 0;
  let regainMinutes = 0;
  try {
    if (app) {
      const u = JSON.parse(app) as Record<string, number>;
      highest = Math.max(highest, u.call_count ?? 0, u.total_time ?? 0, u.total_cputime ?? 0);
    }
    if (buc) {
      const byId = JSON.parse(buc) as Record<string, Array<Record<string, number>>>;
      for (const entry of Object.values(byId).flat()) {
        highest = Math.max(highest, entry.call_count ?? 0, entry.total_time ?? 0, entry.total_cputime ?? 0);
        regainMinutes = Math.max(regainMinutes, entry.estimated_time_to_regain_access ?? 0);
      }
    }
  } catch {
    return null; // a malformed usage header tells us nothing
  }
  if (highest < META_STOP_PERCENT) return { remaining: null, resetAt: null };
  return { remaining: 0, resetAt: new Date(now.getTime() + (regainMinutes > 0 ? regainMinutes : 60) * 60_000) };
}

/** Reads the rate-limit headers the networks send; null when a response carries none. */
export function readRateHeaders(status: number, headers: Headers, now: Date): BudgetState | null {
  const retryAfter = headers.get('retry-after');
  if ((status === 429 || status === 503) && retryAfter) {
    const resetAt = parseRetryAfter(retryAfter, now);
    if (resetAt) return { remaining: 0, resetAt };
  }
  for (const prefix of ['x-rate-limit-', 'x-ratelimit-', 'ratelimit-']) {
    const remaining = headers.get(`${prefix}remaining`);
    const reset = headers.get(`${prefix}reset`);
    if (remaining !== null && /^\d+$/.test(remaining)) {
      return { remaining: Number(remaining), resetAt: reset ? parseReset(reset, now) : null };
    }
  }
  const meta = metaUsage(headers, now);
  if (meta) return meta;
  if (status === 429) return { remaining: 0, resetAt: new Date(now.getTime() + 60_000) };
  return null;
}
