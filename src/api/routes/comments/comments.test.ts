import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';

interface Comment {
  id: string;
  body: string;
  author: { id: string; name: string } | null;
  createdAt: string;
}
interface Notification {
  kind: string;
  params: Record<string, string>;
}

describe('internal comments on a post', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let postId: string;
  const url = () => `/api/v1/workspaces/${ws}/posts/${postId}/comments`;

  before(async () => {
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
    const profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'bluesky' });
    const post = await owner.client.post<{ id: string }>(`/api/v1/workspaces/${ws}/posts`, { profileIds: [profileId], text: 'Draft for review', draft: true });
    assert.equal(post.status, 201, JSON.stringify(post.body));
    postId = post.body.id;
  });
  after(() => t.stop());

  it('keeps a thread in order with author names, and tells the author and earlier commenters', async () => {
    const creator = await addMember(owner, ws, 'content_creator', 'creator');
    const community = await addMember(owner, ws, 'community_manager', 'community');
    const first = await creator.client.post<Comment>(url(), { body: 'Can we say "κόκκοι" here? ☕' });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.deepEqual(first.body.author, { id: creator.userId, name: 'Member content_creator' });
    const second = await community.client.post<Comment>(url(), { body: '  Looks good to me  ' });
    assert.equal(second.body.body, 'Looks good to me');

    const thread = await owner.client.get<{ items: Comment[] }>(url());
    assert.deepEqual(thread.body.items.map((c) => c.body), ['Can we say "κόκκοι" here? ☕', 'Looks good to me']);

    const ownerHeard = await owner.client.get<{ items: Notification[] }>('/api/v1/notifications');
    assert.equal(ownerHeard.body.items.filter((n) => n.kind === 'post.commented').length, 2, 'the post author hears of both');
    const creatorHeard = await creator.client.get<{ items: Notification[] }>('/api/v1/notifications');
    const heard = creatorHeard.body.items.filter((n) => n.kind === 'post.commented');
    assert.equal(heard.length, 1, 'an earlier commenter hears of the later comment, not their own');
    assert.equal(heard[0]!.params.postId, postId);
    assert.equal(heard[0]!.params.excerpt, 'Looks good to me');
    const communityHeard = await community.client.get<{ items: Notification[] }>('/api/v1/notifications');
    assert.equal(communityHeard.body.items.filter((n) => n.kind === 'post.commented').length, 0);
  });

  it('lets the author or an approver delete a comment, nobody else', async () => {
    const creator = await addMember(owner, ws, 'content_creator', 'writer');
    const other = await addMember(owner, ws, 'paid_specialist', 'other');
    const mine = await creator.client.post<Comment>(url(), { body: 'mine' });
    assert.equal((await other.client.delete(`${url()}/${mine.body.id}`)).status, 403);
    assert.equal((await creator.client.delete(`${url()}/${mine.body.id}`)).status, 204);
    const again = await creator.client.post<Comment>(url(), { body: 'again' });
    assert.equal((await owner.client.delete(`${url()}/${again.body.id}`)).status, 204);
    assert.equal((await owner.client.delete(`${url()}/${again.body.id}`)).status, 404);
  });

  it('refuses an empty or too long comment, an unknown post, and who cannot read the calendar', async () => {
    assert.equal((await owner.client.post(url(), { body: '   ' })).status, 400);
    assert.equal((await owner.client.post(url(), { body: 'x'.repeat(5001) })).status, 400);
    assert.equal((await owner.client.post(url(), { body: 'x'.repeat(5000) })).status, 201);
    assert.equal((await owner.client.get(`/api/v1/workspaces/${ws}/posts/00000000-0000-4000-8000-000000000000/comments`)).status, 404);
    const analyst = await addMember(owner, ws, 'analyst');
    assert.equal((await analyst.client.get(url())).status, 403);
  });
});
