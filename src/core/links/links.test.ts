import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { postTargets, shortLinks, workspaces } from '../../db/schema.ts';
import { createLogger } from '../../log.ts';
import { FakeNetwork } from '../../networks/testing/fake-network.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { createWorkspace, signUpOwner, type Owner } from '../../testing/people.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { createPost } from '../publishing/create-post.ts';
import { publishTarget } from '../publishing/publish-target.ts';
import { scriptedPublisher, type ScriptedPublisher } from '../publishing/testing/scripted-publisher.ts';
import type { AppContext, WorkspaceContext } from '../types.ts';
import { enterWorkspace } from '../workspaces/enter-workspace.ts';

describe('campaign links: UTM parameters and shorteners at publish', () => {
  let t: TestApp;
  let bitly: FakeNetwork;
  let owner: Owner;
  let ws: WorkspaceContext;
  let net: ScriptedPublisher;
  let profileId: string;
  let campaignId: string;
  const linksUrl = () => `/api/v1/workspaces/${ws.workspace.id}/links`;

  before(async () => {
    bitly = await new FakeNetwork().start();
    // No workers: each test publishes by hand.
    t = await startTestApp({ NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true', NETWORK_ENDPOINTS: JSON.stringify({ bitly: bitly.url }) }, 'web');
    owner = await signUpOwner(t.url);
    const workspaceId = await createWorkspace(owner, 'Brand', 'Europe/Athens');
    ws = await enterWorkspace({ ...t.app, actor: { userId: owner.userId, organizationId: owner.organizationId, orgRole: 'owner' } }, workspaceId);
    net = scriptedPublisher();
    t.app.networks.set('scripted', net.adapter);
    profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: 'scripted', handle: 'brand.example' });
    const campaign = await owner.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceId}/campaigns`, {
      name: 'Spring Sale',
      color: 'grape',
      utm: { source: '{network}', medium: 'social', campaign: '{campaign}', content: '{profile}' },
    });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    campaignId = campaign.body.id;
  });
  after(async () => {
    await t.stop();
    await bitly.stop();
  });
  beforeEach(() => {
    net.posts.length = 0;
    bitly.requests.length = 0;
  });

  const decorated = 'https://shop.example/spring?ref=home&utm_source=scripted&utm_medium=social&utm_campaign=Spring+Sale&utm_content=brand.example';

  /** Schedules a post in the campaign and publishes it at once; answers the text that went out. */
  async function publish(app: AppContext = t.app): Promise<{ text: string; status: string }> {
    const postId = await createPost(ws, { profileIds: [profileId], text: 'Spring is here: https://shop.example/spring?ref=home.', campaignId, schedule: { date: '2026-12-01', time: '09:00' } });
    const [target] = await t.database.db.select().from(postTargets).where(eq(postTargets.postId, postId));
    assert.deepEqual(await publishTarget(app, { targetId: target!.id, worker: 'w1' }), { kind: 'done' });
    const [done] = await t.database.db.select().from(postTargets).where(eq(postTargets.id, target!.id));
    assert.equal(net.posts.length, 1);
    return { text: net.posts[0]!.text, status: done!.status };
  }

  it('adds the campaign UTM values, filled for the target, keeping the query and the sentence', async () => {
    assert.equal((await owner.client.request('PUT', linksUrl(), { shortener: 'none' })).status, 200);
    const sent = await publish();
    assert.equal(sent.text, `Spring is here: ${decorated}.`);
  });

  it("shortens with Canopy's own links: /l/{code} counts the click and redirects to the UTM link", async () => {
    const put = await owner.client.request<{ shortener: string; bitlyTokenSet: boolean }>('PUT', linksUrl(), { shortener: 'canopy' });
    assert.deepEqual(put.body, { shortener: 'canopy', bitlyTokenSet: false });
    const sent = await publish();
    const match = sent.text.match(new RegExp(`^Spring is here: ${t.url.replace(/\./g, '\\.')}/l/([A-Za-z0-9]+)\\.$`));
    assert.ok(match, sent.text);
    const code = match[1]!;
    const res = await fetch(`${t.url}/l/${code}`, { redirect: 'manual' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), decorated);
    const [link] = await t.database.db.select().from(shortLinks).where(eq(shortLinks.code, code));
    assert.equal(link!.clicks, 1);
    assert.equal(link!.workspaceId, ws.workspace.id);
    // The same link gets the same code.
    net.posts.length = 0;
    assert.equal((await publish()).text, sent.text);
    const unknown = await fetch(`${t.url}/l/zzzzzzz`, { redirect: 'manual' });
    assert.equal(unknown.status, 404);
  });

  it('shortens through Bitly with the sealed token, which is never shown', async () => {
    bitly.on('POST /v4/shorten', (req) => ({ status: 200, body: { link: 'https://bit.ly/spring1', long_url: (req.json as { long_url: string }).long_url } }));
    const refused = await owner.client.request<{ problems: Array<{ field: string }> }>('PUT', linksUrl(), { shortener: 'bitly' });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.problems[0]?.field, 'body.bitlyToken');
    const put = await owner.client.request<Record<string, unknown>>('PUT', linksUrl(), { shortener: 'bitly', bitlyToken: 'bitly-secret-token' });
    assert.deepEqual(put.body, { shortener: 'bitly', bitlyTokenSet: true });
    const got = await owner.client.get(linksUrl());
    assert.ok(!JSON.stringify(got.body).includes('bitly-secret-token'));
    const [row] = await t.database.db.select({ links: workspaces.links }).from(workspaces).where(eq(workspaces.id, ws.workspace.id));
    assert.ok(row!.links.bitlyToken && !row!.links.bitlyToken.includes('bitly-secret-token'), 'the token is sealed');
    // Changing the shortener without a token keeps the one set.
    assert.equal((await owner.client.request<{ bitlyTokenSet: boolean }>('PUT', linksUrl(), { shortener: 'bitly' })).body.bitlyTokenSet, true);

    const sent = await publish();
    assert.equal(sent.text, 'Spring is here: https://bit.ly/spring1.');
    const [call] = bitly.sent('POST /v4/shorten');
    assert.equal(call!.headers.authorization, 'Bearer bitly-secret-token');
    assert.deepEqual(call!.json, { long_url: decorated });
  });

  it('publishes the long link when Bitly refuses, and logs why', async () => {
    bitly.on('POST /v4/shorten', { status: 403, body: { message: 'FORBIDDEN', description: 'You are currently forbidden to access this resource.' } });
    const lines: string[] = [];
    const log = createLogger({ logLevel: 'warn' }, new Writable({ write: (chunk: Buffer, _enc, done) => (lines.push(chunk.toString()), done()) }));
    const sent = await publish({ ...t.app, log });
    assert.equal(sent.status, 'published');
    assert.equal(sent.text, `Spring is here: ${decorated}.`);
    assert.equal(bitly.sent('POST /v4/shorten').length, 1);
    const warning = lines.map((l) => JSON.parse(l) as { msg: string; status?: number; message?: string }).find((l) => l.msg.includes('Bitly'));
    assert.equal(warning?.status, 403);
    assert.equal(warning?.message, 'FORBIDDEN');
    assert.ok(!lines.join('').includes('bitly-secret-token'), 'the token is never logged');
  });
});
