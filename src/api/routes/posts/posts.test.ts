import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { profiles } from '../../../db/schema.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';

interface PostBody {
  id: string;
  status: string;
  schedule: { date: string; time: string; zone: string; at: string } | null;
  targets: Array<{ network: string; text: string; threadParts: string[]; status: string }>;
}

describe('posts', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let profileIds: string[];

  before(async () => {
    // Web only: nothing publishes here, so scheduled posts stay scheduled.
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner, 'Brand', 'Europe/Athens');
    const rows = await t.database.db
      .insert(profiles)
      .values(
        ['bluesky', 'mastodon'].map((network) => ({
          organizationId: owner.organizationId,
          workspaceId: ws,
          network,
          remoteId: `${network}-acct`,
          handle: `brand.${network}`,
          displayName: 'Brand',
          credentials: t.app.secrets.seal('{}'),
        })),
      )
      .returning({ id: profiles.id });
    profileIds = rows.map((r) => r.id);
  });
  after(() => t.stop());

  it('schedules a post to two profiles at a local time, with a variant per network', async () => {
    const created = await owner.client.post<PostBody>(`/api/v1/workspaces/${ws}/posts`, {
      profileIds,
      text: 'Καλημέρα ☕',
      variants: { mastodon: { text: 'Καλημέρα from the fediverse ☕', threadParts: ['δεύτερο μέρος'] } },
      schedule: { date: '2026-12-01', time: '09:00' },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.status, 'scheduled');
    assert.deepEqual(created.body.schedule, { date: '2026-12-01', time: '09:00', zone: 'Europe/Athens', at: '2026-12-01T07:00:00.000Z' });
    assert.deepEqual(
      created.body.targets.map((x) => [x.network, x.text, x.threadParts, x.status]),
      [
        ['bluesky', 'Καλημέρα ☕', [], 'scheduled'],
        ['mastodon', 'Καλημέρα from the fediverse ☕', ['δεύτερο μέρος'], 'scheduled'],
      ],
    );
    const got = await owner.client.get<PostBody>(`/api/v1/workspaces/${ws}/posts/${created.body.id}`);
    assert.equal(got.body.id, created.body.id);
  });

  it('moves a time that does not exist on a DST day to the next valid minute', async () => {
    const created = await owner.client.post<PostBody>(`/api/v1/workspaces/${ws}/posts`, { profileIds: [profileIds[0]], text: 'gap', schedule: { date: '2026-03-29', time: '03:30' } });
    assert.equal(created.body.schedule?.time, '04:00');
    assert.equal(created.body.schedule?.at, '2026-03-29T01:00:00.000Z');
  });

  it('lists posts in a time window and by status', async () => {
    const list = await owner.client.get<{ items: PostBody[] }>(`/api/v1/workspaces/${ws}/posts?from=2026-12-01T00:00:00Z&to=2026-12-02T00:00:00Z`);
    assert.equal(list.status, 200);
    assert.ok(list.body.items.length >= 1);
    assert.ok(list.body.items.every((p) => p.schedule && p.schedule.at >= '2026-12-01' && p.schedule.at < '2026-12-02'));
    const bad = await owner.client.get(`/api/v1/workspaces/${ws}/posts?from=yesterday`);
    assert.equal(bad.status, 400);
  });

  it('lets a content creator draft, but not schedule without approval', async () => {
    const creator = await addMember(owner, ws, 'content_creator');
    const draft = await creator.client.post<PostBody>(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'idea', draft: true });
    assert.equal(draft.status, 201);
    assert.equal(draft.body.status, 'draft');
    const scheduled = await creator.client.post<{ detail: string }>(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'go', schedule: { date: '2026-12-02', time: '10:00' } });
    assert.equal(scheduled.status, 403);
    assert.match(scheduled.body.detail, /approval/);
    const analyst = await addMember(owner, ws, 'analyst');
    assert.equal((await analyst.client.post(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'x', draft: true })).status, 403);
  });

  it('refuses profiles of another workspace and a zone that does not exist', async () => {
    const other = await createWorkspace(owner, 'Other');
    const foreign = await owner.client.post<{ problems: Array<{ field: string }> }>(`/api/v1/workspaces/${other}/posts`, { profileIds, text: 'x', draft: true });
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.problems[0]!.field, 'body.profileIds');
    const zone = await owner.client.post(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'x', schedule: { date: '2026-12-01', time: '09:00', zone: 'Mars/Olympus' } });
    assert.equal(zone.status, 400);
  });
});
