import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../testing/app.ts';
import { TestClient, uniqueEmail } from '../testing/client.ts';
import { imageFile } from '../testing/media-files.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../testing/people.ts';
import { eq } from 'drizzle-orm';
import { notify } from '../core/notifications/notify.ts';
import { inboxItems, notifications, profiles } from '../db/schema.ts';
import { ingestInboxItems } from '../core/inbox/ingest-items.ts';
import { apiRoutes } from './routes/index.ts';

/**
 * Walks every route as someone who must not see workspace A: a member of another workspace in
 * the same organization, and the owner of another organization. Each may only get 403 or 404
 * for A's things, and nothing A owns may appear in what they are shown.
 */
describe('tenant isolation on every route', () => {
  let t: TestApp;
  let victim: Owner;
  let workspaceA: string;
  const ids: Record<string, string> = {};
  let victimToken: string;
  let sameOrgOutsider: TestClient;
  let otherOrgOwner: TestClient;

  before(async () => {
    t = await startTestApp();
    victim = await signUpOwner(t.url, 'Victim Org');
    workspaceA = await createWorkspace(victim, 'Workspace A');
    const workspaceB = await createWorkspace(victim, 'Workspace B');
    const creator = await addMember(victim, workspaceA, 'content_creator', 'victim-creator');
    const inv = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/invitations`, { email: uniqueEmail('pending'), role: 'analyst' });
    const tok = await victim.client.post<{ id: string; token: string }>('/api/v1/tokens', { name: 'victim script' });
    victimToken = tok.body.token;
    const [profile] = await t.database.db
      .insert(profiles)
      .values({ organizationId: victim.organizationId, workspaceId: workspaceA, network: 'bluesky', remoteId: 'did:plc:victim', handle: 'victim.test', displayName: 'Victim', credentials: t.app.secrets.seal('{}') })
      .returning({ id: profiles.id });
    await notify(t.database.db, { userIds: [victim.userId], workspaceId: workspaceA, kind: 'test', params: {}, dedupeKey: 'isolation' });
    const [note] = await t.database.db.select({ id: notifications.id }).from(notifications).where(eq(notifications.userId, victim.userId));
    const post = await victim.client.post<{ id: string; targets: Array<{ id: string }> }>(`/api/v1/workspaces/${workspaceA}/posts`, { profileIds: [profile!.id], text: 'victim draft', draft: true });
    const campaign = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/campaigns`, { name: 'Victim campaign' });
    const hashtagGroup = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/hashtag-groups`, { name: 'Victim tags', hashtags: ['#victim'] });
    const comment = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/posts/${post.body.id}/comments`, { body: 'victim note' });
    const imported = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/imports`, { csv: 'profiles,text,date,time\nvictim.test,victim import,2030-01-01,10:00' });
    const media = await victim.client.upload<{ id: string }>(`/api/v1/workspaces/${workspaceA}/media?filename=victim.png`, await imageFile('png', 8, 8));
    const workflow = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/approval-workflows`, { name: 'Victim review', steps: [{ approverRole: 'manager' }] });
    await ingestInboxItems(t.database.db, { id: profile!.id, workspaceId: workspaceA, network: 'bluesky' }, [
      { remoteId: 'at://victim-fan/1', kind: 'mention', threadId: 'at://victim-fan/1', author: { remoteId: 'did:plc:fan', handle: 'fan.test', displayName: 'Fan' }, text: 'victim mention', createdAt: new Date() },
    ]);
    const [inboxItem] = await t.database.db.select({ id: inboxItems.id }).from(inboxItems).where(eq(inboxItems.workspaceId, workspaceA));
    const team = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/teams`, { name: 'Victim desk' });
    const savedReply = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/saved-replies`, { name: 'Victim reply', body: 'hi {name}' });
    const rule = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/inbox-rules`, { name: 'Victim rule', conditions: {}, actions: { addTags: ['victim'] } });
    const handoffTarget = await victim.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceA}/handoff-targets`, { kind: 'webhook', name: 'Victim CRM', url: 'https://crm.victim.example/hooks' });
    Object.assign(ids, {
      ruleId: rule.body.id,
      handoffTargetId: handoffTarget.body.id,
      savedReplyId: savedReply.body.id,
      itemId: inboxItem!.id,
      teamId: team.body.id,
      postId: post.body.id,
      workflowId: workflow.body.id,
      targetId: post.body.targets[0]!.id,
      campaignId: campaign.body.id,
      hashtagGroupId: hashtagGroup.body.id,
      commentId: comment.body.id,
      importId: imported.body.id,
      mediaId: media.body.id,
      workspaceId: workspaceA,
      userId: creator.userId,
      invitationId: inv.body.id,
      tokenId: tok.body.id,
      profileId: profile!.id,
      notificationId: note!.id,
      network: 'bluesky',
    });

    // A workspace admin of B in the same organization, signed in by API token so that logout cannot end the walk.
    const outsider = await addMember(victim, workspaceB, 'admin', 'outsider');
    sameOrgOutsider = outsider.client.withToken((await outsider.client.post<{ token: string }>('/api/v1/tokens', { name: 't' })).body.token);
    const other = await signUpOwner(t.url, 'Other Org');
    await createWorkspace(other, 'Their own');
    otherOrgOwner = other.client.withToken((await other.client.post<{ token: string }>('/api/v1/tokens', { name: 't' })).body.token);
  });
  after(() => t.stop());

  /** Ids of things that belong to a tenant; a route naming one of the victim's must refuse. */
  const tenantParams = ['workspaceId', 'userId', 'invitationId', 'tokenId', 'profileId', 'notificationId', 'postId', 'workflowId', 'mediaId', 'campaignId', 'hashtagGroupId', 'commentId', 'importId', 'targetId', 'itemId', 'teamId', 'savedReplyId', 'ruleId'];
  tenantParams.push('handoffTargetId');

  const walk = async (who: TestClient, secrets: string[]) => {
    let walked = 0;
    for (const route of apiRoutes) {
      if (route.access.kind === 'public') continue; // sign-up, login and invitation links: no tenant data behind them without a secret
      const params = [...route.url.matchAll(/:(\w+)/g)].map((m) => m[1]!).filter((p) => tenantParams.includes(p));
      const url = route.url.replace(/:(\w+)/g, (_, name: string) => ids[name] ?? 'missing');
      const res = await who.request(route.method, url, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
      const label = `${route.method} ${route.url} → ${res.status}`;
      if (params.length > 0) {
        assert.ok(res.status === 403 || res.status === 404, `${label}: expected 403 or 404`);
      } else {
        assert.ok(res.status < 500, label);
      }
      const text = JSON.stringify(res.body ?? '');
      for (const secret of secrets) assert.ok(!text.includes(secret), `${label} leaked ${secret}`);
      walked++;
    }
    return walked;
  };

  it('a member of another workspace in the same organization sees nothing of workspace A', async () => {
    const walked = await walk(sameOrgOutsider, [workspaceA, ids.userId!, ids.invitationId!, ids.tokenId!, ids.profileId!, ids.notificationId!, ids.postId!]);
    assert.ok(walked >= 20, `walked ${walked} routes`);
  });

  it('the owner of another organization sees nothing of it', async () => {
    await walk(otherOrgOwner, [workspaceA, victim.organizationId, victim.email, ids.userId!, ids.invitationId!, ids.tokenId!, ids.profileId!, ids.notificationId!, ids.postId!]);
  });

  it('leaves the victim’s things as they were', async () => {
    const members = await victim.client.get<{ items: Array<{ userId: string; role: string }> }>(`/api/v1/workspaces/${workspaceA}/members`);
    assert.equal(members.body.items.find((m) => m.userId === ids.userId)?.role, 'content_creator');
    const invitations = await victim.client.get<{ items: Array<{ id: string }> }>(`/api/v1/workspaces/${workspaceA}/invitations`);
    assert.ok(invitations.body.items.some((i) => i.id === ids.invitationId));
    const ws = await new TestClient(t.url).withToken(victimToken).get<{ name: string }>(`/api/v1/workspaces/${workspaceA}`);
    assert.equal(ws.body.name, 'Workspace A');
    const listed = await victim.client.get<{ items: Array<{ id: string }> }>(`/api/v1/workspaces/${workspaceA}/profiles`);
    assert.deepEqual(listed.body.items.map((p) => p.id), [ids.profileId]);
    const mine = await victim.client.get<{ items: Array<{ id: string; readAt: string | null }> }>('/api/v1/notifications');
    assert.equal(mine.body.items.find((n) => n.id === ids.notificationId)?.readAt, null);
    const workflow = await victim.client.get<{ name: string; steps: unknown[] }>(`/api/v1/workspaces/${workspaceA}/approval-workflows/${ids.workflowId}`);
    assert.deepEqual([workflow.body.name, workflow.body.steps], ['Victim review', [{ approverRole: 'manager' }]]);
    const media = await victim.client.get<{ filename: string; altText: string | null }>(`/api/v1/workspaces/${workspaceA}/media/${ids.mediaId}`);
    assert.deepEqual([media.body.filename, media.body.altText], ['victim.png', null]);
  });
});
