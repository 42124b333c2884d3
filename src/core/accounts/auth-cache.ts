/**
 * What the per-request lookups found (who a token or session belongs to, which workspaces they
 * see), kept briefly in memory. The database notifies every process at the commit of any change
 * that could alter an answer (see the auth_notify migration), and each clears its cache; a
 * process also clears it after each of its own writes, and entries expire on their own as a last
 * resort. While the notifications are not being received, nothing is cached.
 */
export class AuthCache {
  private readonly entries = new Map<string, { value: unknown; until: number }>();
  private listening = false;
  /** Bumped by every clear, so a lookup that raced a change is not stored. */
  private generation = 0;

  constructor(
    private readonly ttlMs = 30_000,
    private readonly maxEntries = 10_000,
  ) {}

  /** Called when the change notifications start or stop arriving. */
  setListening(on: boolean): void {
    this.listening = on;
    this.clear();
  }

  async remember<T>(key: string, now: number, load: () => Promise<T>, validUntil?: (value: T) => number | null): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.until > now) return hit.value as T;
    const startedIn = this.generation;
    const value = await load();
    if (this.listening && value !== null && startedIn === this.generation) {
      if (this.entries.size >= this.maxEntries) this.entries.clear();
      const own = validUntil?.(value) ?? null;
      this.entries.set(key, { value, until: Math.min(now + this.ttlMs, own ?? Number.POSITIVE_INFINITY) });
    }
    return value;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
