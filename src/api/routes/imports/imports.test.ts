import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { posts } from '../../../db/schema.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import type { TestClient } from '../../../testing/client.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';

interface Preview {
  rows: Array<{ row: number; profileIds: string[]; tags: string[]; errors: Array<{ code: string; message: string }> }>;
  valid: number;
  invalid: number;
  asDrafts: boolean;
}
interface ImportView {
  status: 'running' | 'done';
  total: number;
  done: number;
  succeeded: number;
  failed: number;
  results: Array<{ row: number; postId?: string; error?: string }>;
}

describe('CSV import', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let campaignId: string;
  const url = () => `/api/v1/workspaces/${ws}/imports`;

  before(async () => {
    // With workers, so the import job runs.
    t = await startTestApp();
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner, 'Brand', 'Asia/Bangkok');
    await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'bluesky', handle: 'brand.bsky.social' });
    await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'mastodon', handle: 'brand@social.example' });
    campaignId = (await owner.client.post<{ id: string }>(`/api/v1/workspaces/${ws}/campaigns`, { name: 'Songkran' })).body.id;
  });
  after(() => t.stop());

  async function finished(client: TestClient, id: string): Promise<ImportView> {
    for (let i = 0; i < 600; i++) {
      const res = await client.get<ImportView>(`${url()}/${id}`);
      assert.equal(res.status, 200, JSON.stringify(res.body));
      if (res.body.status === 'done') return res.body;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the import did not finish');
  }

  it('previews each row with what is wrong with it, creating nothing', async () => {
    const csv = [
      'Profiles,Text,Date,Time,Tags,Campaign,Link',
      '@brand.bsky.social | brand@social.example,"Hello, สวัสดี ☕",2030-04-13,09:00,launch|thai,songkran,https://shop.example/?a=1',
      'nobody.example,Hi,2030-04-13,9am,,Unknown,ftp://x',
      `brand.bsky.social,${'ก'.repeat(301)},2030-02-30,10:00,,,`,
      'brand.bsky.social,,2020-01-01,10:00,,,',
    ].join('\n');
    const res = await owner.client.post<Preview>(`${url()}/preview`, { csv });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual([res.body.valid, res.body.invalid, res.body.asDrafts], [1, 3, false]);
    const [ok, bad, long, past] = res.body.rows;
    assert.deepEqual(ok!.errors, []);
    assert.equal(ok!.profileIds.length, 2);
    assert.deepEqual(ok!.tags, ['launch', 'thai']);
    assert.deepEqual(bad!.errors.map((e) => e.code), ['profile_unknown', 'time_invalid', 'campaign_unknown', 'link_invalid']);
    assert.deepEqual(long!.errors.map((e) => e.code), ['when_invalid', 'compose.text_too_long']);
    assert.deepEqual(past!.errors.map((e) => e.code), ['text_missing', 'time_past']);
    assert.equal((await t.database.db.select().from(posts).where(eq(posts.workspaceId, ws))).length, 0);
  });

  it('says what is wrong with a file it cannot read', async () => {
    const noColumns = await owner.client.post<{ detail: string }>(`${url()}/preview`, { csv: 'name,body\nx,y' });
    assert.equal(noColumns.status, 400);
    assert.match(noColumns.body.detail, /profiles, text, date, time/);
    assert.equal((await owner.client.post(`${url()}/preview`, { csv: 'profiles,text,date,time\n"unclosed,quote' })).status, 400);
    assert.equal((await owner.client.post(`${url()}/preview`, { csv: '' })).status, 400);
    assert.equal((await owner.client.post(url(), { csv: 'profiles,text,date,time\nnobody,x,2030-01-01,10:00' })).status, 400);
  });

  it('imports 50 rows with 3 bad ones: 47 posts through the job, 3 failures with reasons', async () => {
    const lines = ['profiles,text,date,time,tags,campaign,link'];
    for (let i = 1; i <= 50; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      if (i === 7) lines.push(`ghost.example,Row ${i},2030-05-${day},10:00,,,`);
      else if (i === 23) lines.push(`brand.bsky.social,Row ${i},2030-05-${day},25:00,,,`);
      else if (i === 41) lines.push(`brand.bsky.social,${'x'.repeat(301)},2030-05-${day},10:00,,,`);
      else lines.push(`brand.bsky.social brand@social.example,Row ${i} 🌿,2030-05-${day},10:${String(i).padStart(2, '0')},bulk,Songkran,https://shop.example/${i}`);
    }
    const started = await owner.client.post<{ id: string }>(url(), { csv: lines.join('\r\n') });
    assert.equal(started.status, 202, JSON.stringify(started.body));
    const done = await finished(owner.client, started.body.id);
    assert.deepEqual([done.total, done.done, done.succeeded, done.failed], [50, 50, 47, 3]);
    const failures = done.results.filter((r) => r.error);
    assert.deepEqual(failures.map((r) => r.row), [7, 23, 41]);
    assert.match(failures[0]!.error!, /ghost\.example/);
    assert.match(failures[1]!.error!, /25:00/);
    assert.match(failures[2]!.error!, /bluesky/);

    const created = await t.database.db.select().from(posts).where(eq(posts.workspaceId, ws));
    assert.equal(created.length, 47);
    assert.ok(created.every((p) => p.status === 'scheduled' && p.campaignId === campaignId && p.tags.includes('bulk')));
    const first = created.find((p) => p.text === 'Row 1 🌿');
    assert.deepEqual([first?.scheduledDate, first?.scheduledTime, first?.scheduledZone], ['2030-05-02', '10:01', 'Asia/Bangkok']);
    const one = await owner.client.get<{ targets: Array<{ network: string; link: string | null }> }>(`/api/v1/workspaces/${ws}/posts/${first!.id}`);
    assert.deepEqual(one.body.targets.map((x) => [x.network, x.link]).sort(), [
      ['bluesky', 'https://shop.example/1'],
      ['mastodon', 'https://shop.example/1'],
    ]);
  });

  it("imports as drafts for someone whose posts need approval, and keeps each import to its workspace", async () => {
    const creator = await addMember(owner, ws, 'content_creator');
    const csv = 'profiles,text,date,time\nbrand.bsky.social,For review,2030-07-01,12:00';
    assert.equal((await creator.client.post<Preview>(`${url()}/preview`, { csv })).body.asDrafts, true);
    const started = await creator.client.post<{ id: string }>(url(), { csv });
    const done = await finished(creator.client, started.body.id);
    assert.equal(done.succeeded, 1);
    const [post] = await t.database.db.select().from(posts).where(eq(posts.id, done.results[0]!.postId!));
    assert.equal(post!.status, 'draft');
    assert.equal(post!.scheduledTime, '12:00');
    const other = await createWorkspace(owner, 'Other');
    assert.equal((await owner.client.get(`/api/v1/workspaces/${other}/imports/${started.body.id}`)).status, 404);
  });
});
