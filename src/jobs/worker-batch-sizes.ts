import type { Config } from '../config/index.ts';
import { queueName } from './define-job.ts';
import { publishTargetJob } from './definitions/publish-target.ts';

/**
 * How many jobs of a queue a worker process fetches at once and works side by side, where it is not
 * the default: publish jobs spend most of their time waiting on networks and the database, so a
 * burst of due posts goes out as fast as PUBLISH_CONCURRENCY lets it.
 */
export function workerBatchSizes(config: Pick<Config, 'publishConcurrency'>): Record<string, number> {
  return { [queueName(publishTargetJob)]: config.publishConcurrency };
}
