import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { and, eq, sql } from 'drizzle-orm';
import { markMissedApprovals } from '../../../core/approvals/mark-missed-approvals.ts';
import { notifications } from '../../../db/schema.ts';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import type { TestClient } from '../../../testing/client.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';
import { startTestSmtp, type TestSmtp } from '../../../testing/smtp.ts';

interface PostBody {
  id: string;
  status: string;
  approval: { workflowId: string | null; step: number | null; submittedBy: string | null } | null;
  targets: Array<{ id: string; status: string }>;
}
interface Person {
  client: TestClient;
  userId: string;
  email: string;
}

describe('approvals', () => {
  let t: TestApp;
  let smtp: TestSmtp;
  let owner: Owner;
  let ws: string;
  let profileId: string;
  let creator: Person;
  let manager: Person;
  let admin: Person;
  let base: string;

  before(async () => {
    smtp = await startTestSmtp();
    t = await startTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Canopy <canopy@example.test>' });
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner, 'Brand', 'Europe/Athens');
    base = `/api/v1/workspaces/${ws}`;
    profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'bluesky' });
    creator = await addMember(owner, ws, 'content_creator', 'creator');
    manager = await addMember(owner, ws, 'manager', 'manager');
    admin = await addMember(owner, ws, 'admin', 'admin');
    const greek = await manager.client.patch(`/api/v1/me`, { locale: 'el' });
    assert.equal(greek.status, 200);
  });
  after(async () => {
    await t.stop();
    await smtp.stop();
  });

  const draft = async (who: TestClient, text: string, date = '2027-06-01'): Promise<string> => {
    const res = await who.post<{ id: string }>(`${base}/posts`, { profileIds: [profileId], text, schedule: { date, time: '10:00' }, draft: true });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id;
  };
  const awaiting = async (who: TestClient): Promise<string[]> => (await who.get<{ items: PostBody[] }>(`${base}/approvals`)).body.items.map((p) => p.id);
  const kindsFor = async (userId: string, postId: string): Promise<string[]> =>
    (await t.database.db.select({ kind: notifications.kind }).from(notifications).where(and(eq(notifications.userId, userId), sql`${notifications.params}->>'postId' = ${postId}`))).map((n) => n.kind);

  /** Publish jobs waiting for the targets of these posts. */
  const publishJobs = async (postIds: string[]): Promise<number> => {
    const result = (await t.database.db.execute(
      sql`select count(*)::int as n from pgboss.job j join post_targets pt on pt.id::text = j.data->>'targetId' where j.name = 'publish-target-v1' and pt.post_id::text in (${sql.join(postIds, sql`, `)})`,
    )) as unknown as { rows: Array<{ n: number }> };
    return result.rows[0]!.n;
  };

  it('keeps workflows whose steps name someone who may approve, and says what is wrong otherwise', async () => {
    const bad = await owner.client.post<{ problems: Array<{ field: string }> }>(`${base}/approval-workflows`, {
      name: 'Wrong',
      steps: [{ approverId: creator.userId }, { approverRole: 'analyst' }],
    });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.problems.map((p) => p.field), ['body.steps.0.approverId', 'body.steps.1.approverRole']);
    const tooMany = await owner.client.post(`${base}/approval-workflows`, { name: 'Long', steps: Array(6).fill({ approverRole: 'owner' }) });
    assert.equal(tooMany.status, 400);
    const byCreator = await creator.client.post(`${base}/approval-workflows`, { name: 'Mine', steps: [{ approverRole: 'owner' }] });
    assert.equal(byCreator.status, 403);

    const made = await owner.client.post<{ id: string; steps: unknown[] }>(`${base}/approval-workflows`, { name: 'Two steps', steps: [{ approverRole: 'owner' }] });
    assert.equal(made.status, 201);
    const twice = await owner.client.post(`${base}/approval-workflows`, { name: 'Two steps', steps: [{ approverRole: 'owner' }] });
    assert.equal(twice.status, 409);
    const edited = await owner.client.request<{ steps: unknown[] }>('PUT', `${base}/approval-workflows/${made.body.id}`, {
      name: 'Two steps',
      steps: [{ approverId: manager.userId }, { approverRole: 'admin' }],
    });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual(edited.body.steps, [{ approverId: manager.userId }, { approverRole: 'admin' }]);
    const listed = await creator.client.get<{ items: Array<{ name: string }> }>(`${base}/approval-workflows`);
    assert.deepEqual(listed.body.items.map((w) => w.name), ['Two steps']);
  });

  it('lets owners and admins choose which roles need approval', async () => {
    const set = await owner.client.request<{ approvalRoles: string[] }>('PUT', `${base}/approval-settings`, { approvalRoles: ['manager', 'admin', 'manager'] });
    assert.deepEqual(set.body.approvalRoles, ['admin', 'manager']);
    const scheduled = await manager.client.post(`${base}/posts`, { profileIds: [profileId], text: 'needs approval now', schedule: { date: '2027-06-01', time: '10:00' } });
    assert.equal(scheduled.status, 403);
    assert.equal((await manager.client.request('PUT', `${base}/approval-settings`, { approvalRoles: [] })).status, 403);
    await owner.client.request('PUT', `${base}/approval-settings`, { approvalRoles: [] });
    const got = await admin.client.get<{ approvalRoles: string[] }>(`${base}/approval-settings`);
    assert.deepEqual(got.body.approvalRoles, []);
  });

  it('takes a post through a two-step workflow: each step decided by its approvers, then scheduled with its jobs', async () => {
    const workflows = await owner.client.get<{ items: Array<{ id: string }> }>(`${base}/approval-workflows`);
    const workflowId = workflows.body.items[0]!.id;
    const postId = await draft(creator.client, 'Καλοκαιρινή προσφορά: δύο καφέδες με έναν');

    const submitted = await creator.client.post<PostBody>(`${base}/posts/${postId}/submit`, { workflowId, comment: 'for the summer campaign' });
    assert.equal(submitted.status, 200, JSON.stringify(submitted.body));
    assert.equal(submitted.body.status, 'pending_approval');
    assert.deepEqual([submitted.body.approval?.workflowId, submitted.body.approval?.step, submitted.body.approval?.submittedBy], [workflowId, 0, creator.userId]);

    // Step 1 is the manager's, who reads Greek: the email says so, with a link to the post.
    const mail = await smtp.waitFor((m) => m.to !== undefined && JSON.stringify(m.to).includes(manager.email), 'the manager’s approval request');
    assert.match(mail.subject ?? '', /^Χρειάζεται έγκριση: Καλοκαιρινή προσφορά/);
    assert.ok(mail.text?.includes(`${t.url}/w/${ws}/compose/${postId}`), mail.text);
    assert.ok(mail.text?.includes('Member content_creator'), 'names the submitter');
    assert.deepEqual(await kindsFor(manager.userId, postId), ['approval.requested']);
    assert.deepEqual(await awaiting(manager.client), [postId]);
    assert.deepEqual(await awaiting(admin.client), [], 'the admin’s step comes later');

    const early = await admin.client.post<{ detail: string }>(`${base}/posts/${postId}/approve`, {});
    assert.equal(early.status, 403);
    assert.match(early.body.detail, /Step 1/);
    assert.equal((await creator.client.post(`${base}/posts/${postId}/approve`, {})).status, 403);

    const first = await manager.client.post<PostBody>(`${base}/posts/${postId}/approve`, { comment: 'εντάξει' });
    assert.equal(first.status, 200);
    assert.deepEqual([first.body.status, first.body.approval?.step], ['pending_approval', 1]);
    assert.deepEqual(await awaiting(admin.client), [postId]);
    assert.deepEqual(await awaiting(owner.client), [], 'the step is for admins, and the owner is not one');

    // Two admins decide at once: one moves the step, the other is told it was decided.
    const second = await addMember(owner, ws, 'admin', 'second-admin');
    const both = await Promise.all([admin.client.post<PostBody>(`${base}/posts/${postId}/approve`, {}), second.client.post<PostBody>(`${base}/posts/${postId}/approve`, {})]);
    assert.deepEqual(both.map((r) => r.status).sort(), [200, 409]);
    const post = both.find((r) => r.status === 200)!.body;
    assert.equal(post.status, 'scheduled');
    assert.deepEqual(post.targets.map((x) => x.status), ['scheduled']);
    assert.equal(await publishJobs([postId]), 1, 'one publish job for its target');

    const history = await creator.client.get<{ items: Array<{ decision: string; step: number | null; comment: string | null; actor: { id: string } | null }> }>(`${base}/posts/${postId}/decisions`);
    assert.deepEqual(
      history.body.items.map((d) => [d.decision, d.step, d.comment]),
      [
        ['submitted', 0, 'for the summer campaign'],
        ['approved', 0, 'εντάξει'],
        ['approved', 1, null],
      ],
    );
    assert.equal(history.body.items[1]!.actor?.id, manager.userId);
    assert.deepEqual(await kindsFor(creator.userId, postId), ['approval.approved']);
    await smtp.waitFor((m) => JSON.stringify(m.to).includes(creator.email) && (m.subject ?? '').startsWith('Approved:'), 'the creator hears it was approved');
  });

  it('sends a post back with a comment, which is required, and takes it again when resubmitted', async () => {
    const postId = await draft(creator.client, 'Needs a better picture');
    await creator.client.post(`${base}/posts/${postId}/submit`, {});
    assert.deepEqual((await awaiting(owner.client)).includes(postId), true, 'without a workflow anyone who may approve decides');
    const bare = await owner.client.post<{ problems: Array<{ field: string }> }>(`${base}/posts/${postId}/request-changes`, {});
    assert.equal(bare.status, 400);
    assert.equal(bare.body.problems[0]!.field, 'body.comment');
    const sent = await owner.client.post<PostBody>(`${base}/posts/${postId}/request-changes`, { comment: 'Use the summer photo.' });
    assert.equal(sent.body.status, 'changes_requested');
    const mail = await smtp.waitFor((m) => JSON.stringify(m.to).includes(creator.email) && (m.subject ?? '').startsWith('Changes requested:'), 'changes requested');
    assert.ok(mail.text?.includes('Use the summer photo.'));
    assert.equal((await owner.client.post(`${base}/posts/${postId}/approve`, {})).status, 409, 'nothing to approve now');

    const again = await creator.client.post<PostBody>(`${base}/posts/${postId}/submit`, {});
    assert.equal(again.body.status, 'pending_approval');
    const rejected = await manager.client.post<PostBody>(`${base}/posts/${postId}/reject`, { comment: 'Not this month.' });
    assert.equal(rejected.body.status, 'rejected');
    assert.deepEqual(await kindsFor(creator.userId, postId), ['approval.changes_requested', 'approval.rejected']);
  });

  it('never lets someone decide on a post they submitted, nor submit one without a future time', async () => {
    const postId = await draft(manager.client, 'My own');
    await manager.client.post(`${base}/posts/${postId}/submit`, {});
    const own = await manager.client.post<{ detail: string }>(`${base}/posts/${postId}/approve`, {});
    assert.equal(own.status, 403);
    assert.match(own.body.detail, /You submitted this post/);
    assert.ok(!(await awaiting(manager.client)).includes(postId));

    const untimed = await creator.client.post<{ id: string }>(`${base}/posts`, { profileIds: [profileId], text: 'no time', draft: true });
    const refused = await creator.client.post<{ detail: string }>(`${base}/posts/${untimed.body.id}/submit`, {});
    assert.equal(refused.status, 400);
    assert.match(refused.body.detail, /Choose when it publishes/);
    const foreign = await creator.client.post(`${base}/posts/${postId}/submit`, {});
    assert.equal(foreign.status, 403, 'only the author submits');
  });

  it('misses the approval of a post whose time came first, tells its submitter once, and never publishes it', async () => {
    const soon = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const waiting = await draft(creator.client, 'Too late to approve', soon);
    const lastStep = await draft(creator.client, 'Approved too late', soon);
    await creator.client.post(`${base}/posts/${waiting}/submit`, {});
    await creator.client.post(`${base}/posts/${lastStep}/submit`, {});
    const realNow = t.app.now;
    t.app.now = () => new Date(realNow().getTime() + 4 * 86_400_000);
    try {
      const late = await owner.client.post<PostBody>(`${base}/posts/${lastStep}/approve`, {});
      assert.equal(late.status, 200);
      assert.equal(late.body.status, 'approval_missed');
      assert.deepEqual(late.body.targets.map((x) => x.status), ['draft']);

      assert.ok((await markMissedApprovals(t.app)) >= 1);
      assert.equal(await markMissedApprovals(t.app), 0, 'a miss happens once');
      const resubmit = await creator.client.post(`${base}/posts/${waiting}/submit`, {});
      assert.equal(resubmit.status, 400, 'it needs a new time first');
    } finally {
      t.app.now = realNow;
    }
    const got = await creator.client.get<PostBody>(`${base}/posts/${waiting}`);
    assert.equal(got.body.status, 'approval_missed');
    const history = await creator.client.get<{ items: Array<{ decision: string }> }>(`${base}/posts/${waiting}/decisions`);
    assert.deepEqual(history.body.items.map((d) => d.decision), ['submitted', 'approval_missed']);
    assert.deepEqual(await kindsFor(creator.userId, waiting), ['approval.missed']);
    await smtp.waitFor((m) => JSON.stringify(m.to).includes(creator.email) && (m.subject ?? '') === 'Not published: Too late to approve', 'the miss');
    assert.equal(await publishJobs([waiting, lastStep]), 0);
  });
});
