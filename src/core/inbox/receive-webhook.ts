import type { PushedItem } from '../../networks/adapter.ts';
import { AppError, notFound } from '../errors.ts';
import type { AppContext } from '../types.ts';

/** The queue that stores what webhooks delivered, so the network gets its answer at once. */
export const INGEST_WEBHOOK_QUEUE = 'ingest-webhook-v1';
/** Items one job stores; a larger delivery is split. */
const PER_JOB = 1_000;

function receiverOf(ctx: AppContext, network: string) {
  const receiver = ctx.networks.get(network)?.webhooks;
  if (!receiver) throw notFound(`A webhook for ${network}`);
  const appSecret = ctx.config.networkApps[network]?.clientSecret;
  if (!appSecret) throw new AppError('network_not_configured', `Webhooks from ${network} need its app secret (NETWORK_${network.toUpperCase()}_CLIENT_SECRET).`);
  return { receiver, secrets: { appSecret, verifyToken: ctx.config.webhookVerifyToken } };
}

/** Answers a network's subscription check; a check that is not valid is refused. */
export function answerWebhookCheck(ctx: AppContext, network: string, query: Record<string, string | undefined>): { type: 'text'; body: string } | { type: 'json'; body: Record<string, string> } {
  const { receiver, secrets } = receiverOf(ctx, network);
  const answer = receiver.challenge(query, secrets);
  if (!answer) throw new AppError('forbidden', 'That is not a subscription check Canopy made.');
  return answer;
}

/**
 * Takes a delivery: refuses it unless the network signed its raw body with the app secret, then
 * queues what it holds to be stored (a replayed delivery stores nothing twice). Returns how many
 * items were queued.
 */
export async function receiveWebhook(ctx: AppContext, input: { network: string; headers: Record<string, string | undefined>; rawBody: Buffer }): Promise<number> {
  const { receiver, secrets } = receiverOf(ctx, input.network);
  if (!receiver.verify(input.headers, input.rawBody, secrets)) throw new AppError('signature_invalid', 'The delivery is not signed with this app’s secret.');
  let body: unknown;
  try {
    body = JSON.parse(input.rawBody.toString('utf8'));
  } catch {
    throw new AppError('malformed_json', 'The delivery is not JSON.');
  }
  const pushed = receiver.parse(body);
  for (let i = 0; i < pushed.length; i += PER_JOB) {
    await ctx.jobs.send(INGEST_WEBHOOK_QUEUE, { network: input.network, pushed: pushed.slice(i, i + PER_JOB).map(serialize) });
  }
  return pushed.length;
}

const serialize = ({ accountRemoteId, item }: PushedItem) => ({ accountRemoteId, item: { ...item, createdAt: item.createdAt.toISOString() } });
