import { rateLimited, rejected, transient, unauthorized, type Failure } from '../outcome.ts';
import { reasonOf, type GraphError } from '../meta/graph-api.ts';

/**
 * The Cloud API's own codes (Meta docs: "WhatsApp Cloud API › Error Codes"), looked at before the
 * Graph API's shared ones. Throughput limits pass in seconds; the pair limit allows about one
 * message every 6 seconds to the same person; the spam limit lasts longer.
 */
export function classifyWhatsAppError(error: GraphError, _res: unknown, now: Date): Failure | null {
  const reason = reasonOf(error);
  const after = (seconds: number) => new Date(now.getTime() + seconds * 1000);
  switch (error.code) {
    case 0:
      return unauthorized(`invalid_grant: ${reason}`);
    case 3:
    case 131005:
      return rejected(reason, 'permission');
    case 130429:
      return rateLimited(after(60), reason);
    case 131056:
      return rateLimited(after(10), reason);
    case 131048:
      return rateLimited(after(3600), reason);
    case 131047:
      return rejected(`More than 24 hours have passed since the customer last wrote; only a template message can reach them now: ${reason}`, 'messaging_window');
    case 131026:
      return rejected(`The message could not be delivered to this number: ${reason}`, 'recipient_unavailable');
    case 131031:
      return rejected(reason, 'account_locked');
    case 131000:
    case 131016:
    case 133004:
      return transient(reason);
    default:
      return null;
  }
}
