import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signatureMatches } from '../signature.ts';

export interface Received {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

interface Fake {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

async function listen(handle: (req: Received) => { status: number; body: unknown }): Promise<Fake> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const got = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(got);
      const answer = handle(got);
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * A CRM's webhook receiver: checks X-Canopy-Signature against the secret it was given, and answers
 * each request with the next scripted status (200 once the script runs out).
 */
export interface FakeWebhookReceiver extends Fake {
  /** The signing secret Canopy showed; set it before requests arrive. */
  secret: string;
  /** Statuses to answer with, in order. */
  script: number[];
  /** Whether each request's signature matched. */
  verified: boolean[];
}

export async function fakeWebhookReceiver(): Promise<FakeWebhookReceiver> {
  const state = { secret: '', script: [] as number[], verified: [] as boolean[] };
  const fake = await listen((req) => {
    state.verified.push(signatureMatches(state.secret, req.body, req.headers['x-canopy-signature'] as string | undefined));
    const status = state.script.shift() ?? 200;
    return { status, body: status < 300 ? { ok: true } : { error: status === 400 ? 'email is required' : 'try later' } };
  });
  return Object.assign(state, fake);
}

/** HubSpot's CRM v3 contacts search, contact create and note create, answering their documented shapes. */
export async function fakeHubspot(token: string): Promise<Fake & { contacts: Map<string, Record<string, string>>; notes: Array<{ properties: Record<string, string>; associations: unknown }> }> {
  const contacts = new Map<string, Record<string, string>>();
  const notes: Array<{ properties: Record<string, string>; associations: unknown }> = [];
  let next = 100;
  const fake = await listen((req) => {
    if (req.headers.authorization !== `Bearer ${token}`) return { status: 401, body: { status: 'error', category: 'INVALID_AUTHENTICATION', message: 'Authentication credentials not found.' } };
    const body = JSON.parse(req.body || '{}') as { properties?: Record<string, string>; associations?: unknown; filterGroups?: Array<{ filters: Array<{ propertyName: string; value: string }> }> };
    if (req.path === '/crm/v3/objects/contacts/search') {
      const f = body.filterGroups?.[0]?.filters[0];
      const results = [...contacts].filter(([, p]) => f && p[f.propertyName] === f.value).map(([id, properties]) => ({ id, properties }));
      return { status: 200, body: { total: results.length, results } };
    }
    if (req.path === '/crm/v3/objects/contacts') {
      const id = String(next++);
      contacts.set(id, body.properties ?? {});
      return { status: 201, body: { id, properties: body.properties, createdAt: new Date().toISOString(), archived: false } };
    }
    if (req.path === '/crm/v3/objects/notes') {
      if (!body.properties?.hs_timestamp) return { status: 400, body: { status: 'error', category: 'VALIDATION_ERROR', message: 'hs_timestamp is required' } };
      notes.push({ properties: body.properties, associations: body.associations });
      return { status: 201, body: { id: String(next++), properties: body.properties } };
    }
    return { status: 404, body: { status: 'error', message: 'not found' } };
  });
  return Object.assign(fake, { contacts, notes });
}
