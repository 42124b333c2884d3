import type { Credentials, CredentialConnector, RemoteAccount } from '../adapter.ts';
import type { NetworkHttp } from '../http.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { GRAPH_VERSION, GraphClient } from '../meta/graph-api.ts';
import { classifyWhatsAppError } from './errors.ts';

/**
 * Connecting a WhatsApp business number (Meta docs: "Cloud API › Get Started", "System Users"):
 * an admin creates a system user in Meta Business Suite, gives it whatsapp_business_messaging on
 * the account, and pastes its token with the phone number id. Canopy checks both by reading the
 * number. System-user tokens are not refreshed through the API (they last until revoked, or the
 * expiry the admin chose), so a refresh checks the token still works.
 */
interface PhoneNumber {
  id: string;
  display_phone_number?: string;
  verified_name?: string;
}

function readNumber(http: NetworkHttp, baseUrl: string, phoneNumberId: string, token: string): Promise<Outcome<PhoneNumber>> {
  const graph = new GraphClient({ http, baseUrl, version: GRAPH_VERSION, token, tokenIn: 'header', classify: classifyWhatsAppError });
  return graph.get<PhoneNumber>(phoneNumberId, { fields: 'id,display_phone_number,verified_name' });
}

export function whatsappConnector(baseUrl: string): CredentialConnector {
  return {
    kind: 'credentials',

    async connect(http, fields) {
      const phoneNumberId = fields.phoneNumberId?.trim() ?? '';
      const accessToken = fields.accessToken?.trim() ?? '';
      if (!/^\d+$/.test(phoneNumberId)) return rejected('The phone number id is the number Meta shows under WhatsApp › API Setup, digits only', 'invalid_field');
      if (!accessToken) return rejected('Paste the system user\'s access token', 'invalid_field');
      const number = await readNumber(http, baseUrl, phoneNumberId, accessToken);
      if (number.kind !== 'ok') return number;
      const handle = number.value.display_phone_number ?? phoneNumberId;
      const account: RemoteAccount = { remoteId: phoneNumberId, handle, displayName: number.value.verified_name ?? handle };
      const credentials: Credentials = { accessToken, extra: { phoneNumberId } };
      return ok({ credentials, account });
    },

    async refresh(http, { credentials, account }) {
      if (!credentials.accessToken) return rejected('No WhatsApp token stored; connect the number again', 'no_token');
      const number = await readNumber(http, baseUrl, credentials.extra?.phoneNumberId ?? account.remoteId, credentials.accessToken);
      return number.kind === 'ok' ? ok(credentials) : number;
    },
  };
}
