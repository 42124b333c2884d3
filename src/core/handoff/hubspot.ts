import type { NetworkHttp } from '../../networks/http.ts';
import type { LeadPayload } from './lead-payload.ts';
import { outcomeOf, type AttemptOutcome } from './send-lead.ts';

export const hubspotApi = 'https://api.hubapi.com';

/** HubSpot's own association type for a note on a contact. */
const NOTE_TO_CONTACT = 202;

/**
 * Hands a lead to HubSpot through its CRM v3 API with a private app token: finds the contact by
 * its social handle (HubSpot's `twitterhandle` property holds "network:handle") or creates it as a
 * lead, then logs the message as a note on it.
 */
export async function sendToHubspot(http: NetworkHttp, input: { base: string; token: string; payload: LeadPayload }): Promise<AttemptOutcome> {
  const base = input.base.replace(/\/+$/, '');
  const headers = { authorization: `Bearer ${input.token}`, 'content-type': 'application/json' };
  const { item } = input.payload;
  const handle = `${item.network}:${item.author.handle}`;

  const found = await http.send({
    method: 'POST',
    url: `${base}/crm/v3/objects/contacts/search`,
    headers,
    body: JSON.stringify({ filterGroups: [{ filters: [{ propertyName: 'twitterhandle', operator: 'EQ', value: handle }] }], properties: ['twitterhandle'], limit: 1 }),
    timeoutMs: 15_000,
  });
  const searched = outcomeOf(found, 'HubSpot');
  if (searched.kind !== 'delivered' || 'kind' in found) return searched;
  let contactId = firstId(found.json);
  if (!contactId) {
    const [first, ...rest] = item.author.name.trim().split(/\s+/);
    const created = await http.send({
      method: 'POST',
      url: `${base}/crm/v3/objects/contacts`,
      headers,
      body: JSON.stringify({ properties: { firstname: first ?? item.author.handle, lastname: rest.join(' '), twitterhandle: handle, lifecyclestage: 'lead' } }),
      timeoutMs: 15_000,
    });
    const made = outcomeOf(created, 'HubSpot');
    if (made.kind !== 'delivered' || 'kind' in created) return made;
    contactId = idOf(created.json);
    if (!contactId) return { kind: 'failed', statusCode: created.status, error: 'HubSpot created the contact but sent no id back', snippet: made.snippet };
  }

  const note = await http.send({
    method: 'POST',
    url: `${base}/crm/v3/objects/notes`,
    headers,
    body: JSON.stringify({
      properties: { hs_timestamp: item.sentAt, hs_note_body: noteBody(input.payload) },
      associations: [{ to: { id: contactId }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: NOTE_TO_CONTACT }] }],
    }),
    timeoutMs: 15_000,
  });
  return outcomeOf(note, 'HubSpot');
}

function noteBody(p: LeadPayload): string {
  const lines = [`Sales lead from ${p.item.network} (${p.item.author.name}, @${p.item.author.handle}):`, p.item.text];
  if (p.item.url) lines.push(p.item.url);
  if (p.item.tags.length) lines.push(`Tags: ${p.item.tags.join(', ')}`);
  return lines.join('\n\n');
}

function idOf(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || !('id' in json)) return null;
  return typeof json.id === 'string' ? json.id : null;
}

function firstId(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || !('results' in json) || !Array.isArray(json.results)) return null;
  return idOf(json.results[0]);
}
