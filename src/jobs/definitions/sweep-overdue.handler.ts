import { sweepOverdue } from '../../core/publishing/sweep-overdue.ts';
import type { AppContext } from '../../core/types.ts';

export default async function handleSweepOverdue(app: AppContext): Promise<void> {
  const overdue = await sweepOverdue(app);
  if (overdue > 0) app.log.warn({ overdue }, 'overdue posts sent back to the publisher');
}
