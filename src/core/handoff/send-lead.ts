import type { HttpFailure, HttpResponse, NetworkHttp } from '../../networks/http.ts';
import type { LeadPayload } from './lead-payload.ts';
import { signBody } from './signature.ts';

/** How one attempt went: delivered, worth another try (network trouble, 5xx, 429), or refused for good. */
export type AttemptOutcome =
  | { kind: 'delivered'; statusCode: number; snippet: string }
  | { kind: 'retry'; statusCode: number | null; error: string; snippet: string | null }
  | { kind: 'failed'; statusCode: number | null; error: string; snippet: string | null };

const SNIPPET = 500;
export const snippetOf = (text: string): string => text.slice(0, SNIPPET);

/** Reads an answer the way every target does: 2xx delivered, 429 and 5xx again later, other 4xx never. */
export function outcomeOf(res: HttpResponse | HttpFailure, what: string): AttemptOutcome {
  if ('kind' in res) {
    if (res.kind === 'refused') return { kind: 'failed', statusCode: null, error: res.reason, snippet: null };
    return { kind: 'retry', statusCode: null, error: res.reason, snippet: null };
  }
  const snippet = snippetOf(res.text);
  if (res.status >= 200 && res.status < 300) return { kind: 'delivered', statusCode: res.status, snippet };
  const error = `${what} answered ${res.status}${snippet ? `: ${snippet.slice(0, 200)}` : ''}`;
  if (res.status === 429 || res.status >= 500) return { kind: 'retry', statusCode: res.status, error, snippet };
  return { kind: 'failed', statusCode: res.status, error, snippet };
}

/** POSTs the lead to a generic webhook, signed with the target's secret. */
export async function sendToWebhook(http: NetworkHttp, input: { url: string; secret: string; deliveryId: string; payload: LeadPayload; now: Date }): Promise<AttemptOutcome> {
  const body = JSON.stringify(input.payload);
  const res = await http.send({
    method: 'POST',
    url: input.url,
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Canopy-Handoff/1',
      'x-canopy-signature': signBody(input.secret, body),
      'x-canopy-delivery': input.deliveryId,
      'x-canopy-timestamp': String(Math.floor(input.now.getTime() / 1000)),
    },
    body,
    timeoutMs: 15_000,
  });
  return outcomeOf(res, 'The receiver');
}
