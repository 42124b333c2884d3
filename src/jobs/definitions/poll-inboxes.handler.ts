import { enqueueInboxPolls } from '../../core/inbox/inbox-queue.ts';
import type { AppContext } from '../../core/types.ts';

export default async function handlePollInboxes(app: AppContext): Promise<void> {
  await enqueueInboxPolls(app);
}
