import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { campaigns, media, profiles, queueSlots } from '../../../db/schema.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';

interface PostBody {
  id: string;
  status: string;
  tags: string[];
  paid: boolean;
  campaignId: string | null;
  schedule: { date: string; time: string; zone: string; at: string } | null;
  targets: Array<{ network: string; text: string; threadParts: string[]; status: string; mediaIds: string[] }>;
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
    const created = await owner.client.post<PostBody>(`/api/v1/workspaces/${ws}/posts`, { profileIds: [profileIds[0]], text: 'gap', schedule: { date: '2027-03-28', time: '03:30' } });
    assert.equal(created.body.schedule?.time, '04:00');
    assert.equal(created.body.schedule?.at, '2027-03-28T01:00:00.000Z');
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

  it('schedules at an instant with its offset, kept as the wall time of the workspace zone', async () => {
    const created = await owner.client.post<PostBody>(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'instant', scheduledAt: '2026-12-03T09:15:00+07:00' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.status, 'scheduled');
    assert.deepEqual(created.body.schedule, { date: '2026-12-03', time: '04:15', zone: 'Europe/Athens', at: '2026-12-03T02:15:00.000Z' });
  });

  it('refuses a time in the past, and more than one way of saying when', async () => {
    const past = await owner.client.post<{ detail: string; problems: Array<{ field: string }> }>(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'late', scheduledAt: new Date(Date.now() - 5 * 60_000).toISOString() });
    assert.equal(past.status, 400);
    assert.match(past.body.detail, /choose a time in the future/);
    assert.equal(past.body.problems[0]!.field, 'body.scheduledAt');
    const both = await owner.client.post(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'x', scheduledAt: '2026-12-03T09:15:00+07:00', queue: true });
    assert.equal(both.status, 400);
    const noOffset = await owner.client.post(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'x', scheduledAt: '2026-12-03T09:15:00' });
    assert.equal(noOffset.status, 400);
  });

  it('queues into the next slot free for every chosen profile, and says when there is none', async () => {
    const none = await owner.client.post<{ detail: string }>(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'q', queue: true });
    assert.equal(none.status, 400);
    assert.match(none.body.detail, /no posting slots/);
    // Both profiles post on Mondays at 10:00; only the first also at 08:00.
    await t.database.db.insert(queueSlots).values([
      { profileId: profileIds[0]!, workspaceId: ws, weekday: 1, time: '10:00' },
      { profileId: profileIds[0]!, workspaceId: ws, weekday: 1, time: '08:00' },
      { profileId: profileIds[1]!, workspaceId: ws, weekday: 1, time: '10:00' },
    ]);
    const first = await owner.client.post<PostBody>(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'q1', queue: true });
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.body.status, 'scheduled');
    const at = new Date(first.body.schedule!.at);
    assert.equal(first.body.schedule!.time, '10:00');
    assert.equal(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Athens', weekday: 'short' }).format(at), 'Mon');
    assert.ok(at.getTime() > Date.now());
    // The slot is taken now: the next post goes a week later. A draft queued holds its time too.
    const second = await owner.client.post<PostBody>(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'q2', queue: true, draft: true });
    assert.equal(second.body.status, 'draft');
    assert.equal(new Date(second.body.schedule!.at).getTime() - at.getTime(), 7 * 24 * 3600_000);
    // The first profile alone has its 08:00 slot free on the same Monday.
    const alone = await owner.client.post<PostBody>(`/api/v1/workspaces/${ws}/posts`, { profileIds: [profileIds[0]], text: 'q3', queue: true });
    assert.equal(alone.body.schedule!.time, '08:00');
    assert.equal(alone.body.schedule!.date, first.body.schedule!.date);
  });

  it('keeps tags (trimmed, once each), a campaign of this workspace, paid, and media in order', async () => {
    const [campaign] = await t.database.db.insert(campaigns).values({ workspaceId: ws, name: 'Launch' }).returning({ id: campaigns.id });
    const file = (name: string) => ({
      organizationId: owner.organizationId,
      workspaceId: ws,
      filename: name,
      kind: 'image' as const,
      mimeType: 'image/png',
      bytes: 10,
      sha256: name,
      storageKey: name,
    });
    const [a, b] = await t.database.db.insert(media).values([file('a.png'), file('b.png')]).returning({ id: media.id });
    const created = await owner.client.post<PostBody>(`/api/v1/workspaces/${ws}/posts`, {
      profileIds,
      text: 'launch',
      draft: true,
      tags: [' launch ', 'Launch', 'q4', ''],
      campaignId: campaign!.id,
      paid: true,
      mediaIds: [b!.id, a!.id],
      variants: { mastodon: { mediaIds: [a!.id] } },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body.tags, ['launch', 'q4']);
    assert.equal(created.body.campaignId, campaign!.id);
    assert.equal(created.body.paid, true);
    assert.deepEqual(created.body.targets.map((x) => [x.network, x.mediaIds]), [
      ['bluesky', [b!.id, a!.id]],
      ['mastodon', [a!.id]],
    ]);
    const tooMany = await owner.client.post(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'x', draft: true, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) });
    assert.equal(tooMany.status, 400);

    // Another workspace's campaign and media are refused by name.
    const other = await createWorkspace(owner, 'Elsewhere');
    const [foreignCampaign] = await t.database.db.insert(campaigns).values({ workspaceId: other, name: 'Theirs' }).returning({ id: campaigns.id });
    const [foreignMedia] = await t.database.db.insert(media).values({ ...file('c.png'), workspaceId: other }).returning({ id: media.id });
    const foreign = await owner.client.post<{ problems: Array<{ field: string }> }>(`/api/v1/workspaces/${ws}/posts`, { profileIds, text: 'x', draft: true, campaignId: foreignCampaign!.id, mediaIds: [foreignMedia!.id] });
    assert.equal(foreign.status, 400);
    assert.deepEqual(foreign.body.problems.map((p) => p.field).sort(), ['body.campaignId', 'body.mediaIds']);

    // The list filters by tag, campaign, network and author.
    const list = async (query: string) => (await owner.client.get<{ items: PostBody[] }>(`/api/v1/workspaces/${ws}/posts?${query}`)).body.items.map((p) => p.id);
    assert.deepEqual(await list('tag=q4'), [created.body.id]);
    assert.deepEqual(await list(`campaignId=${campaign!.id}`), [created.body.id]);
    assert.ok((await list('network=mastodon')).includes(created.body.id));
    assert.equal((await list('network=x')).length, 0);
    assert.ok((await list(`authorId=${owner.userId}`)).includes(created.body.id));
    assert.equal((await list(`authorId=${other}`)).length, 0);
  });
});
