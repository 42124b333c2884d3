import { loadConfig } from '../../src/config/index.ts';

export type DbKind = 'postgres' | 'pglite';

/** Which database the benchmarks run on: PostgreSQL when DATABASE_URL is set, PGlite otherwise. */
export function benchDatabase(): { kind: DbKind; url: string | undefined } {
  const url = loadConfig().databaseUrl;
  return { kind: url ? 'postgres' : 'pglite', url };
}

/** One figure, as one JSON line on stdout. Everything meant for people goes to stderr. */
export function report(bench: string, metric: string, value: number, unit: string, db: DbKind): void {
  // Four significant digits: more would be noise, and a small ratio keeps its meaning.
  const rounded = Number(value.toPrecision(4));
  process.stdout.write(`${JSON.stringify({ bench, metric, value: rounded, unit, db })}\n`);
}

export function note(message: string): void {
  process.stderr.write(`${message}\n`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
