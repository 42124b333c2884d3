import { markMissedApprovals } from '../../core/approvals/mark-missed-approvals.ts';
import type { AppContext } from '../../core/types.ts';

export default async function handleMissApprovals(app: AppContext): Promise<void> {
  const missed = await markMissedApprovals(app);
  if (missed > 0) app.log.info({ missed }, 'posts missed their approval');
}
