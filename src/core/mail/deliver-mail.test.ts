import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { freePort } from '../../testing/free-port.ts';
import { addMember, createWorkspace, signUpOwner } from '../../testing/people.ts';
import { insertProfile } from '../../testing/profiles.ts';

describe('approval email with the SMTP server down', () => {
  let t: TestApp;
  before(async () => {
    // Nothing listens on this port: every delivery is refused.
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${await freePort()}` });
  });
  after(() => t.stop());

  it('neither holds up nor fails the submission, and the email waits to be retried', async () => {
    const owner = await signUpOwner(t.url);
    const ws = await createWorkspace(owner);
    const profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'bluesky' });
    const creator = await addMember(owner, ws, 'content_creator');
    const draft = await creator.client.post<{ id: string }>(`/api/v1/workspaces/${ws}/posts`, { profileIds: [profileId], text: 'hello', schedule: { date: '2027-06-01', time: '10:00' }, draft: true });
    const submitted = await creator.client.post<{ status: string }>(`/api/v1/workspaces/${ws}/posts/${draft.body.id}/submit`, {});
    assert.equal(submitted.status, 200);
    assert.equal(submitted.body.status, 'pending_approval');

    let job: { state: string; output: { message?: string } | null } | undefined;
    for (let i = 0; i < 200 && job?.state !== 'retry'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const result = (await t.database.db.execute(sql`select state, output from pgboss.job where name = 'send-email-v1'`)) as unknown as { rows: Array<typeof job & object> };
      job = result.rows[0];
    }
    assert.equal(job?.state, 'retry', 'the email is kept for another try');
    assert.match(job.output?.message ?? '', /ECONNREFUSED/);
  });
});
