import { eq } from 'drizzle-orm';
import { handoffDeliveries, handoffTargets, inboxItems } from '../../db/schema.ts';
import type { AppContext } from '../types.ts';
import { hubspotApi, sendToHubspot } from './hubspot.ts';
import { leadPayload, sampleLeadPayload, type LeadPayload } from './lead-payload.ts';
import { sendToWebhook, type AttemptOutcome } from './send-lead.ts';

/** As the deliver-handoff job's queue settings: the first try and this many retries. */
export const HANDOFF_RETRIES = { retryLimit: 8, retryDelay: 30, retryBackoff: true } as const;
const MAX_ATTEMPTS = HANDOFF_RETRIES.retryLimit + 1;

/** The delivery is worth another try; the job throws this so the queue runs it again with backoff. */
export class HandoffRetry extends Error {
  override name = 'HandoffRetry';
}

/**
 * One attempt at one delivery, recorded in the delivery log. A lead that was delivered or refused
 * for good is left alone; network trouble, 5xx and 429 throw HandoffRetry until the tries run out.
 * `final` makes this the only attempt (a test send).
 */
export async function deliverHandoff(app: AppContext, deliveryId: string, opts: { final?: boolean } = {}): Promise<AttemptOutcome | null> {
  const [row] = await app.db
    .select({ delivery: handoffDeliveries, target: handoffTargets })
    .from(handoffDeliveries)
    .innerJoin(handoffTargets, eq(handoffTargets.id, handoffDeliveries.targetId))
    .where(eq(handoffDeliveries.id, deliveryId));
  if (!row || row.delivery.status !== 'pending') return null;
  const { delivery, target } = row;
  const now = app.now();

  let payload: LeadPayload;
  if (delivery.itemId) {
    const [item] = await app.db.select().from(inboxItems).where(eq(inboxItems.id, delivery.itemId));
    if (!item) return null;
    payload = leadPayload(item, now);
  } else {
    payload = sampleLeadPayload(target.workspaceId, now);
  }

  const http = app.networkHttp(`handoff:${target.id}`);
  const secret = app.secrets.open(target.secret);
  let outcome: AttemptOutcome;
  if (target.kind === 'webhook') {
    outcome = await sendToWebhook(http, { url: target.url ?? '', secret, deliveryId, payload, now });
  } else {
    outcome = await sendToHubspot(http, { base: app.config.networkEndpoints.hubspot ?? hubspotApi, token: secret, payload });
  }

  const attempts = delivery.attempts + 1;
  const giveUp = outcome.kind === 'retry' && (opts.final || attempts >= MAX_ATTEMPTS);
  const status = outcome.kind === 'delivered' ? 'delivered' : outcome.kind === 'failed' || giveUp ? 'failed' : 'pending';
  await app.db
    .update(handoffDeliveries)
    .set({
      status,
      attempts,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.kind === 'delivered' ? null : outcome.error,
      responseSnippet: outcome.snippet,
      deliveredAt: outcome.kind === 'delivered' ? app.now() : null,
      nextAttemptAt: status === 'pending' ? nextAttempt(now, attempts) : null,
    })
    .where(eq(handoffDeliveries.id, deliveryId));
  app.log.info({ deliveryId, targetId: target.id, kind: target.kind, status, attempts, statusCode: outcome.statusCode }, 'hand-off attempt');
  if (status === 'pending' && outcome.kind === 'retry') throw new HandoffRetry(outcome.error);
  return outcome;
}

/** When the queue's backoff should run the next try, roughly: the delay doubling from retryDelay. */
function nextAttempt(now: Date, attempts: number): Date {
  return new Date(now.getTime() + HANDOFF_RETRIES.retryDelay * 1000 * 2 ** (attempts - 1));
}
