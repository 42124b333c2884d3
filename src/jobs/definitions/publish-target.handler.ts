import { randomUUID } from 'node:crypto';
import { resendPublish } from '../../core/publishing/publish-queue.ts';
import { publishTarget } from '../../core/publishing/publish-target.ts';
import type { AppContext } from '../../core/types.ts';

/** Names this process as a lease holder, so its leases can be told from others'. */
const worker = `${process.pid}:${randomUUID()}`;

export default async function handlePublishTarget(app: AppContext, payload: { targetId: string; at?: string | undefined }): Promise<void> {
  const step = await publishTarget(app, { targetId: payload.targetId, worker, ...(payload.at ? { dueAt: new Date(payload.at) } : {}) });
  if (step.kind === 'retry') {
    app.log.info({ targetId: payload.targetId, at: step.at, reason: step.reason }, 'publish will be tried again');
    await resendPublish(app, { targetId: payload.targetId, startAfter: step.at });
  }
  // 'busy': another worker holds the target and will settle it; 'done': published, failed with a
  // reason, or nothing to do (the post was moved, unscheduled or deleted, or publishing is paused).
}
