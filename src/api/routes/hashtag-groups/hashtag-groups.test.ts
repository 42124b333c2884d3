import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';

interface Group {
  id: string;
  name: string;
  hashtags: string[];
}

describe('hashtag groups', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  const url = () => `/api/v1/workspaces/${ws}/hashtag-groups`;

  before(async () => {
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
  });
  after(() => t.stop());

  it('saves hashtags with a leading #, once each, in any script', async () => {
    const created = await owner.client.post<Group>(url(), { name: 'Coffee', hashtags: ['coffee', '#Coffee', '＃καφές', 'กาแฟ', ' #latte '] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body.hashtags, ['#coffee', '#καφές', '#กาแฟ', '#latte']);
    const edited = await owner.client.patch<Group>(`${url()}/${created.body.id}`, { hashtags: ['espresso'] });
    assert.deepEqual(edited.body.hashtags, ['#espresso']);
    assert.deepEqual((await owner.client.get<{ items: Group[] }>(url())).body.items.map((g) => g.name), ['Coffee']);
    assert.equal((await owner.client.delete(`${url()}/${created.body.id}`)).status, 204);
    assert.equal((await owner.client.get<{ items: Group[] }>(url())).body.items.length, 0);
  });

  it('refuses more than 30 hashtags, spaces inside one, and a taken name', async () => {
    const many = await owner.client.post(url(), { name: 'Many', hashtags: Array.from({ length: 31 }, (_, i) => `tag${i}`) });
    assert.equal(many.status, 400);
    const spaced = await owner.client.post<{ problems: Array<{ field: string }> }>(url(), { name: 'Spaced', hashtags: ['two words'] });
    assert.equal(spaced.status, 400);
    assert.equal(spaced.body.problems[0]?.field, 'body.hashtags.0');
    assert.equal((await owner.client.post(url(), { name: 'Taken', hashtags: ['a'] })).status, 201);
    assert.equal((await owner.client.post(url(), { name: 'Taken', hashtags: ['b'] })).status, 409);
  });

  it('lets whoever drafts posts edit groups, and who reads the calendar see them', async () => {
    const community = await addMember(owner, ws, 'community_manager');
    assert.equal((await community.client.get(url())).status, 200);
    assert.equal((await community.client.post(url(), { name: 'Nope', hashtags: ['x'] })).status, 403);
  });
});
