import { refreshDueProfiles } from '../../core/profiles/refresh-due-profiles.ts';
import type { AppContext } from '../../core/types.ts';

export default async function refreshTokens(app: AppContext): Promise<void> {
  const counts = await refreshDueProfiles(app);
  if (counts.refreshed + counts.needs_reconnect + counts.retry_later > 0) app.log.info({ counts }, 'token refresh');
}
