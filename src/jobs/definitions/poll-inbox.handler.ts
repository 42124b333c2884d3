import { pollInbox } from '../../core/inbox/poll-inbox.ts';
import type { AppContext } from '../../core/types.ts';

export default async function handlePollInbox(app: AppContext, payload: { profileId: string }): Promise<void> {
  const result = await pollInbox(app, payload.profileId);
  if (result.added > 0 || result.failures.length > 0) app.log.info({ profileId: payload.profileId, ...result }, 'inbox read');
}
