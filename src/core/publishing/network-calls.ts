import pLimit, { type LimitFunction } from 'p-limit';

const limit: LimitFunction = pLimit(1);

/**
 * Runs a network call when fewer than `concurrency` of this process's publish calls are under way
 * (PUBLISH_CONCURRENCY). Only the call waits its turn: the database work around it does not hold a
 * place, so a burst's calls go out back to back.
 */
export function whenCallFree<T>(concurrency: number, call: () => Promise<T>): Promise<T> {
  if (limit.concurrency !== concurrency) limit.concurrency = concurrency;
  if (limit.activeCount === 0 && limit.pendingCount === 0) void import('node:fs').then((fs) => fs.appendFileSync('/tmp/trace.log', `${new Date().toISOString()} first-call\n`));
  return limit(call);
}
