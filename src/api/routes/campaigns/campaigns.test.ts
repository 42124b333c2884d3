import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';

interface Campaign {
  id: string;
  name: string;
  color: string;
  utm: Record<string, string>;
}

describe('campaigns', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  const url = () => `/api/v1/workspaces/${ws}/campaigns`;

  before(async () => {
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
  });
  after(() => t.stop());

  it('creates, lists by name, edits and deletes a campaign with UTM templates', async () => {
    const created = await owner.client.post<Campaign>(url(), { name: 'Χειμώνας ☕', color: '#1a2b3c', utm: { source: '{network}', medium: 'social', campaign: '{campaign}' } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body.utm, { source: '{network}', medium: 'social', campaign: '{campaign}' });
    const plain = await owner.client.post<Campaign>(url(), { name: 'Autumn' });
    assert.deepEqual([plain.body.color, plain.body.utm], ['teal', {}]);
    const list = await owner.client.get<{ items: Campaign[] }>(url());
    assert.deepEqual(list.body.items.map((c) => c.name), ['Autumn', 'Χειμώνας ☕']);

    const edited = await owner.client.patch<Campaign>(`${url()}/${created.body.id}`, { utm: { source: 'newsletter' } });
    assert.equal(edited.status, 200);
    assert.deepEqual(edited.body.utm, { source: 'newsletter' });
    assert.equal(edited.body.name, 'Χειμώνας ☕');

    assert.equal((await owner.client.delete(`${url()}/${created.body.id}`)).status, 204);
    assert.equal((await owner.client.delete(`${url()}/${created.body.id}`)).status, 404);
    assert.equal((await owner.client.patch(`${url()}/${created.body.id}`, { name: 'x' })).status, 404);
  });

  it('refuses a second campaign of the same name (409), also on rename', async () => {
    const a = await owner.client.post<Campaign>(url(), { name: 'Launch' });
    assert.equal(a.status, 201);
    const again = await owner.client.post<{ code: string; problems: Array<{ field: string }> }>(url(), { name: 'Launch' });
    assert.equal(again.status, 409);
    assert.equal(again.body.problems[0]?.field, 'body.name');
    const b = await owner.client.post<Campaign>(url(), { name: 'Relaunch' });
    assert.equal((await owner.client.patch(`${url()}/${b.body.id}`, { name: 'Launch' })).status, 409);
    // Another workspace may use the name.
    const other = await createWorkspace(owner, 'Other');
    assert.equal((await owner.client.post(`/api/v1/workspaces/${other}/campaigns`, { name: 'Launch' })).status, 201);
  });

  it('says what to fix in a bad campaign', async () => {
    const bad = await owner.client.post<{ problems: Array<{ field: string }> }>(url(), { name: '', color: 'not a colour!', utm: { source: '', referrer: 'x' } });
    assert.equal(bad.status, 400);
    const fields = bad.body.problems.map((p) => p.field);
    assert.ok(fields.includes('body.name') && fields.includes('body.color'), JSON.stringify(fields));
  });

  it('lets an analyst read nothing, a creator write, and a community manager only read', async () => {
    const creator = await addMember(owner, ws, 'content_creator');
    assert.equal((await creator.client.post(url(), { name: 'From a creator' })).status, 201);
    const community = await addMember(owner, ws, 'community_manager');
    assert.equal((await community.client.get(url())).status, 200);
    assert.equal((await community.client.post(url(), { name: 'Nope' })).status, 403);
    const analyst = await addMember(owner, ws, 'analyst');
    assert.equal((await analyst.client.get(url())).status, 403);
  });
});
