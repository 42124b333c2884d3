import { rateLimited, rejected, transient, type Failure } from '../outcome.ts';
import { reasonOf, type GraphError } from '../meta/graph-api.ts';

/**
 * Instagram's own error subcodes, looked at before the Graph API's shared codes (Meta docs:
 * "Instagram Platform › Error Codes"). Everything else maps the way every Graph API error does.
 */
const PUBLISHING_LIMIT = 2207042;
/** Media Meta could not fetch or failed to process for reasons that may pass. */
const RETRYABLE = new Set([2207001, 2207003, 2207027, 2207032]);
/** What can never be published as sent: image too large or of the wrong format or ratio, caption too long, container expired, unsupported video, invalid carousel. */
const MEDIA_REFUSED = new Set([2207004, 2207005, 2207009, 2207010, 2207020, 2207023, 2207026, 2207028]);

export function classifyInstagramError(error: GraphError, _res: unknown, now: Date): Failure | null {
  const sub = error.error_subcode;
  if (sub === undefined) return null;
  if (sub === PUBLISHING_LIMIT) return rateLimited(new Date(now.getTime() + 60 * 60_000), reasonOf(error));
  if (RETRYABLE.has(sub)) return transient(reasonOf(error));
  if (MEDIA_REFUSED.has(sub)) return rejected(reasonOf(error), 'media_refused');
  return null;
}
