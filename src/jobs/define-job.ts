import type { z } from 'zod';
import type { AppContext } from '../core/types.ts';

/**
 * A kind of background job: a queue name with a version (bump it when the payload changes shape),
 * a zod payload checked on both ends, an optional cron schedule, and a handler loaded on first use.
 */
export interface JobDefinition<P extends z.ZodType = z.ZodType> {
  name: string;
  version: number;
  payload: P;
  /** Five-field cron, in UTC. */
  schedule?: string;
  /**
   * How pg-boss retries a job whose worker died or threw (expiry, retry limit and backoff). With
   * heartbeatSeconds, a running job's worker proves it is alive that often, and a job whose worker
   * went silent is failed and retried without waiting for its expiry.
   */
  queue?: { expireInSeconds?: number; heartbeatSeconds?: number; retryLimit?: number; retryDelay?: number; retryBackoff?: boolean; retentionSeconds?: number; deleteAfterSeconds?: number };
  /**
   * For jobs sent ahead of the instant they are for (to start `aheadMs` before it): a worker fetches
   * them early, holds up to `maxHeld` at once, and starts every job of one instant together at that
   * instant (see HeldWorker). A job whose payload names no instant runs when fetched.
   */
  held?: { instant: (payload: z.output<P>) => Date | undefined; aheadMs: number; maxHeld: number };
  handler: () => Promise<{ default: (app: AppContext, payload: z.output<P>) => Promise<void> }>;
}

export function defineJob<P extends z.ZodType>(def: JobDefinition<P>): JobDefinition {
  return def as unknown as JobDefinition;
}

export function queueName(def: { name: string; version: number }): string {
  return `${def.name}-v${def.version}`;
}
