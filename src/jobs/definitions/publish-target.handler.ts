import { randomUUID } from 'node:crypto';
import { enqueuePublish } from '../../core/publishing/publish-queue.ts';
import { publishTarget } from '../../core/publishing/publish-target.ts';
import type { AppContext } from '../../core/types.ts';

/** Names this process as a lease holder, so its leases can be told from others'. */
const worker = `${process.pid}:${randomUUID()}`;

export default async function handlePublishTarget(app: AppContext, payload: { targetId: string }): Promise<void> {
  const step = await publishTarget(app, { targetId: payload.targetId, worker });
  if (step.kind === 'retry') {
    app.log.info({ targetId: payload.targetId, at: step.at, reason: step.reason }, 'publish will be tried again');
    await enqueuePublish(app, { targetId: payload.targetId, at: step.at });
  }
  // 'busy': another worker holds the target and will settle it; 'done': published or failed with a reason.
}
