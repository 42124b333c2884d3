import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { handoffDeliveries } from '../../db/schema.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../testing/people.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { ingestInboxItems } from '../inbox/ingest-items.ts';
import { deliverHandoff, HandoffRetry } from './deliver-handoff.ts';
import type { LeadPayload } from './lead-payload.ts';
import { fakeHubspot, fakeWebhookReceiver, type FakeWebhookReceiver } from './testing/fake-receivers.ts';

interface Target {
  id: string;
  signingSecret?: string;
}
interface Delivery {
  id: string;
  itemId: string | null;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
}

const HUBSPOT_TOKEN = 'pat-eu1-test-token-0001';
let seq = 0;

describe('sales-lead hand-off', () => {
  let t: TestApp;
  let hub: Awaited<ReturnType<typeof fakeHubspot>>;
  let receiver: FakeWebhookReceiver;
  let owner: Owner;
  let ws: string;
  let profileId: string;
  let targets: string;

  const newItem = async (text: string): Promise<string> => {
    seq++;
    await ingestInboxItems(t.database.db, { id: profileId, workspaceId: ws, network: 'bluesky' }, [
      { remoteId: `at://lead/${seq}`, kind: 'mention', threadId: `at://lead/${seq}`, author: { remoteId: `did:plc:lead${seq}`, handle: `lead${seq}.test`, displayName: `Lena Lead${seq}` }, text, createdAt: new Date() },
    ]);
    const list = await owner.client.get<{ items: Array<{ id: string; text: string }> }>(`/api/v1/workspaces/${ws}/inbox?limit=200`);
    return list.body.items.find((i) => i.text === text)!.id;
  };
  const log = async (targetId: string) => (await owner.client.get<{ items: Delivery[] }>(`${targets}/${targetId}/deliveries`)).body.items;
  /** Runs a delivery's job the way the queue does: once per try, until it stops asking for another. */
  const runJob = async (deliveryId: string, tries = 5): Promise<void> => {
    for (let i = 0; i < tries; i++) {
      try {
        await deliverHandoff(t.app, deliveryId);
        return;
      } catch (err) {
        assert.ok(err instanceof HandoffRetry, `only a retry may throw, got ${String(err)}`);
      }
    }
  };
  const addWebhook = async (name: string, url = `${receiver.url}/hooks/canopy`): Promise<Target> => {
    const res = await owner.client.post<Target>(targets, { kind: 'webhook', name, url });
    assert.equal(res.status, 201);
    return res.body;
  };
  const disableAll = async () => {
    for (const x of (await owner.client.get<{ items: Target[] }>(targets)).body.items) await owner.client.patch(`${targets}/${x.id}`, { enabled: false });
  };

  before(async () => {
    hub = await fakeHubspot(HUBSPOT_TOKEN);
    receiver = await fakeWebhookReceiver();
    t = await startTestApp({ NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true', NETWORK_ENDPOINTS: JSON.stringify({ hubspot: hub.url }) }, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
    profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'bluesky' });
    targets = `/api/v1/workspaces/${ws}/handoff-targets`;
  });
  after(async () => {
    await t.stop();
    await hub.close();
    await receiver.close();
  });

  it('shows the signing secret once, and a test send arrives signed', async () => {
    const target = await addWebhook('CRM');
    assert.match(target.signingSecret ?? '', /^whsec_/);
    const listed = (await owner.client.get<{ items: Array<Record<string, unknown>> }>(targets)).body.items;
    assert.ok(listed.every((x) => !('signingSecret' in x) && !('secret' in x)), 'the secret is never listed');
    receiver.secret = target.signingSecret!;
    const sent = await owner.client.post<Delivery>(`${targets}/${target.id}/test`, {});
    assert.equal(sent.status, 200);
    assert.equal(sent.body.status, 'delivered');
    assert.equal(sent.body.attempts, 1);
    assert.deepEqual(receiver.verified, [true]);
    const got = receiver.received.at(-1)!;
    assert.equal(got.path, '/hooks/canopy');
    assert.equal(got.headers['x-canopy-delivery'], sent.body.id);
    assert.match(String(got.headers['x-canopy-timestamp']), /^\d{10}$/);
    assert.equal((JSON.parse(got.body) as LeadPayload).event, 'inbox.sales_lead');
    await disableAll();
  });

  it('making an item a sales lead delivers it once, signed, to every enabled target', async () => {
    const a = await addWebhook('Pipeline A');
    const off = await addWebhook('Switched off');
    await owner.client.patch(`${targets}/${off.id}`, { enabled: false });
    const hubspot = await owner.client.post<Target>(targets, { kind: 'hubspot', name: 'HubSpot', token: HUBSPOT_TOKEN });
    assert.equal(hubspot.status, 201);
    assert.equal(hubspot.body.signingSecret, undefined);
    receiver.secret = a.signingSecret!;
    receiver.verified.length = 0;

    const itemId = await newItem('Do you sell team plans? Please call me.');
    const made = await owner.client.post(`/api/v1/workspaces/${ws}/inbox/${itemId}/task`, { type: 'sales_lead', priority: 'high' });
    assert.equal(made.status, 200);
    const [da] = await log(a.id);
    const [dh] = await log(hubspot.body.id);
    assert.deepEqual(await log(off.id), [], 'a disabled target gets nothing');
    assert.equal(da?.itemId, itemId);
    assert.equal(da.status, 'pending');
    const jobs = (await t.database.db.execute(sql`select data from pgboss.job where name = 'deliver-handoff-v1'`)) as unknown as { rows: Array<{ data: { deliveryId: string } }> };
    assert.deepEqual(jobs.rows.map((j) => j.data.deliveryId).sort(), [da.id, dh!.id].sort(), 'one job per delivery, queued with the change');

    await runJob(da.id);
    await runJob(dh!.id);
    assert.deepEqual(receiver.verified, [true]);
    const body = JSON.parse(receiver.received.at(-1)!.body) as LeadPayload;
    assert.equal(body.item.id, itemId);
    assert.equal(body.item.task.priority, 'high');
    assert.equal(body.workspace.id, ws);
    assert.equal((await log(a.id))[0]!.status, 'delivered');

    const hubLog = (await log(hubspot.body.id))[0]!;
    assert.equal(hubLog.status, 'delivered', hubLog.lastError ?? '');
    const [contact] = [...hub.contacts.values()];
    assert.equal(contact?.twitterhandle, `bluesky:lead${seq}.test`);
    assert.equal(contact.firstname, 'Lena');
    assert.equal(hub.notes.length, 1);
    assert.match(hub.notes[0]!.properties.hs_note_body ?? '', /team plans/);
    assert.deepEqual(hub.notes[0]!.associations, [{ to: { id: [...hub.contacts.keys()][0] }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 202 }] }]);

    // Running the job again (a duplicate) sends nothing more.
    await runJob(da.id);
    assert.equal(receiver.received.filter((r) => JSON.parse(r.body).item.id === itemId).length, 1);

    const again = await newItem('My order has not arrived');
    await owner.client.post(`/api/v1/workspaces/${ws}/inbox/${again}/task`, { type: 'support', priority: 'normal' });
    assert.equal((await log(a.id)).length, 1, 'other task types deliver nothing');
    await disableAll();
  });

  it('retries a 500 and records both attempts; a 400 fails at once with the reason', async () => {
    const target = await addWebhook('Flaky');
    receiver.secret = target.signingSecret!;
    receiver.script.push(500);
    const itemId = await newItem('Price list please');
    await owner.client.post(`/api/v1/workspaces/${ws}/inbox/${itemId}/task`, { type: 'sales_lead', priority: 'normal' });
    const [pending] = await log(target.id);
    await assert.rejects(deliverHandoff(t.app, pending!.id), HandoffRetry);
    const waiting = (await log(target.id))[0]!;
    assert.equal(waiting.status, 'pending');
    assert.equal(waiting.lastStatusCode, 500);
    await deliverHandoff(t.app, pending!.id);
    const done = (await log(target.id))[0]!;
    assert.equal(done.status, 'delivered');
    assert.equal(done.attempts, 2);
    assert.equal(done.lastError, null);

    receiver.script.push(400);
    const refused = await newItem('Another lead');
    await owner.client.post(`/api/v1/workspaces/${ws}/inbox/${refused}/task`, { type: 'sales_lead', priority: 'normal' });
    const [next] = await log(target.id);
    await deliverHandoff(t.app, next!.id); // does not throw: no retry
    const failed = (await log(target.id))[0]!;
    assert.equal(failed.status, 'failed');
    assert.equal(failed.attempts, 1);
    assert.equal(failed.lastStatusCode, 400);
    assert.match(failed.lastError ?? '', /400.*email is required/);
    await disableAll();
  });

  it('answers mistakes with what to fix, and only managers change targets', async () => {
    const noUrl = await owner.client.post<{ problems: Array<{ field: string }> }>(targets, { kind: 'webhook', name: 'No address' });
    assert.equal(noUrl.status, 400);
    assert.deepEqual(noUrl.body.problems.map((p) => p.field), ['body.url']);
    assert.equal((await owner.client.post(targets, { kind: 'zapier', name: 'X' })).status, 400);
    assert.equal((await owner.client.post(targets, { kind: 'webhook', name: 'X', url: 'ftp://x.example' })).status, 400);
    assert.equal((await owner.client.get(`${targets}/00000000-0000-4000-8000-000000000000/deliveries`)).status, 404);
    const cm = await addMember(owner, ws, 'community_manager', 'cm');
    assert.equal((await cm.client.post(targets, { kind: 'webhook', name: 'Mine', url: 'https://crm.example.com/h' })).status, 403);
    assert.equal((await cm.client.get(targets)).status, 200, 'who works the inbox may read the targets and their log');
  });
});

describe('sales-lead hand-off without private addresses allowed', () => {
  it('refuses a target on a private address and says why', async () => {
    const receiver = await fakeWebhookReceiver();
    const t = await startTestApp({}, 'web');
    try {
      const owner = await signUpOwner(t.url);
      const ws = await createWorkspace(owner);
      const base = `/api/v1/workspaces/${ws}/handoff-targets`;
      const target = await owner.client.post<Target>(base, { kind: 'webhook', name: 'Inside', url: `${receiver.url}/hook` });
      const sent = await owner.client.post<Delivery>(`${base}/${target.body.id}/test`, {});
      assert.equal(sent.body.status, 'failed');
      assert.ok(sent.body.lastError, 'the log says why');
      assert.equal(receiver.received.length, 0, 'nothing reached the private address');
      const [row] = await t.database.db.select().from(handoffDeliveries).where(eq(handoffDeliveries.id, sent.body.id));
      assert.equal(row?.attempts, 1);
    } finally {
      await t.stop();
      await receiver.close();
    }
  });
});
