import { ingestPushedItems } from '../../core/inbox/ingest-pushed.ts';
import type { AppContext } from '../../core/types.ts';
import type { PushedItem } from '../../networks/adapter.ts';

export default async function handleIngestWebhook(app: AppContext, payload: { network: string; pushed: PushedItem[] }): Promise<void> {
  const added = await ingestPushedItems(app, payload.network, payload.pushed);
  if (added > 0) app.log.info({ network: payload.network, added }, 'webhook items stored');
}
