import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';

interface Policy {
  requireAltText: boolean;
  bannedTerms: string[];
  paidDisclosure?: string;
  enforce: 'warn' | 'block';
}
interface Validated {
  targets: Array<{ network: string; ok: boolean; problems: Array<{ code: string; params?: Record<string, unknown> }> }>;
}

describe('workspace policy', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let profileId: string;
  const url = () => `/api/v1/workspaces/${ws}/policy`;
  const put = (body: unknown) => owner.client.request<Policy & { problems?: Array<{ field: string; message: string }> }>('PUT', url(), body);
  const schedule = { date: '2030-06-01', time: '10:00' };

  before(async () => {
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
    profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'bluesky' });
  });
  after(() => t.stop());

  it('starts permissive, and stores terms trimmed and once each', async () => {
    assert.deepEqual((await owner.client.get(url())).body, { requireAltText: false, bannedTerms: [], enforce: 'warn' });
    const saved = await put({ requireAltText: true, bannedTerms: [' cheap ', 'Cheap', 'φθηνό', 'ราคาถูก'], paidDisclosure: ' #ad ', enforce: 'warn' });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.deepEqual(saved.body, { requireAltText: true, bannedTerms: ['cheap', 'φθηνό', 'ราคาถูก'], paidDisclosure: '#ad', enforce: 'warn' });
    assert.deepEqual((await owner.client.get(url())).body, saved.body);
  });

  it('refuses too many or too long terms and an unknown enforcement, and lets only admins change it', async () => {
    assert.equal((await put({ requireAltText: false, bannedTerms: Array.from({ length: 201 }, (_, i) => `t${i}`), enforce: 'warn' })).status, 400);
    const long = await put({ requireAltText: false, bannedTerms: ['x'.repeat(101)], enforce: 'warn' });
    assert.equal(long.status, 400);
    assert.equal(long.body.problems?.[0]?.field, 'body.bannedTerms.0');
    assert.equal((await put({ requireAltText: false, bannedTerms: [], enforce: 'sometimes' })).status, 400);
    const manager = await addMember(owner, ws, 'manager');
    assert.equal((await manager.client.get(url())).status, 200);
    assert.equal((await manager.client.request('PUT', url(), { requireAltText: false, bannedTerms: [], enforce: 'warn' })).status, 403);
  });

  it("checks a post against the workspace's own policy", async () => {
    const res = await owner.client.post<Validated>(`/api/v1/workspaces/${ws}/compose/validate`, {
      targets: [
        { network: 'bluesky', text: 'So CHEAP today', paid: true },
        { network: 'mastodon', text: 'Fair prices #ad', paid: true },
      ],
    });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.targets[0]!.problems.map((p) => p.code).sort(), ['banned_term', 'disclosure_required']);
    assert.equal(res.body.targets[1]!.ok, true);
    // The policy is the workspace's: a caller cannot pass a laxer one.
    const own = await owner.client.post(`/api/v1/workspaces/${ws}/compose/validate`, { targets: [{ network: 'bluesky', text: 'x' }], policy: { bannedTerms: [] } });
    assert.equal(own.status, 400);
  });

  it('warns only, or blocks scheduling and submitting a post that breaks it', async () => {
    const posts = `/api/v1/workspaces/${ws}/posts`;
    const warned = await owner.client.post<{ status: string }>(posts, { profileIds: [profileId], text: 'cheap coffee', schedule });
    assert.equal(warned.status, 201, JSON.stringify(warned.body));
    assert.equal(warned.body.status, 'scheduled');

    assert.equal((await put({ requireAltText: false, bannedTerms: ['cheap'], paidDisclosure: '#ad', enforce: 'block' })).status, 200);
    const blocked = await owner.client.post<{ code: string; detail: string; problems: Array<{ message: string }> }>(posts, { profileIds: [profileId], text: 'cheap coffee', paid: true, schedule });
    assert.equal(blocked.status, 400, JSON.stringify(blocked.body));
    assert.equal(blocked.body.code, 'validation_failed');
    assert.ok(blocked.body.problems.some((p) => p.message.includes('"cheap"')));
    assert.ok(blocked.body.problems.some((p) => p.message.includes('#ad')));
    const fine = await owner.client.post<{ status: string }>(posts, { profileIds: [profileId], text: 'good coffee #ad', paid: true, schedule });
    assert.equal(fine.status, 201, JSON.stringify(fine.body));
    // A draft may break it; scheduling it may not.
    const draft = await owner.client.post<{ id: string }>(posts, { profileIds: [profileId], text: 'cheap coffee', schedule, draft: true });
    assert.equal(draft.status, 201);
    assert.equal((await owner.client.patch(`${posts}/${draft.body.id}`, { draft: false })).status, 400);

    const creator = await addMember(owner, ws, 'content_creator');
    const theirs = await creator.client.post<{ id: string }>(posts, { profileIds: [profileId], text: 'cheap coffee', schedule, draft: true });
    assert.equal(theirs.status, 201);
    const submitted = await creator.client.post<{ code: string }>(`${posts}/${theirs.body.id}/submit`, {});
    assert.equal(submitted.status, 400, JSON.stringify(submitted.body));
  });
});
