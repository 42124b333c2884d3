import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { addMember, createWorkspace, signUpOwner, type Owner } from '../../../testing/people.ts';
import { insertProfile } from '../../../testing/profiles.ts';

type Slots = { slots: Array<{ weekday: number; time: string }> };

describe('queue slots', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  let profileId: string;
  const url = () => `/api/v1/workspaces/${ws}/profiles/${profileId}/queue-slots`;

  before(async () => {
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner, 'Brand', 'Asia/Bangkok');
    profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'bluesky' });
  });
  after(() => t.stop());

  it('replaces the slots, once each, Monday first; an empty list clears them', async () => {
    assert.deepEqual((await owner.client.get<Slots>(url())).body, { slots: [] });
    const put = await owner.client.request<Slots>('PUT', url(), {
      slots: [
        { weekday: 5, time: '17:00' },
        { weekday: 1, time: '09:30' },
        { weekday: 5, time: '17:00' },
        { weekday: 1, time: '08:00' },
      ],
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    assert.deepEqual(put.body.slots, [
      { weekday: 1, time: '08:00' },
      { weekday: 1, time: '09:30' },
      { weekday: 5, time: '17:00' },
    ]);
    assert.deepEqual((await owner.client.request<Slots>('PUT', url(), { slots: [] })).body, { slots: [] });
  });

  it('says what to fix in a bad slot', async () => {
    const weekday = await owner.client.request<{ problems: Array<{ field: string; message: string }> }>('PUT', url(), { slots: [{ weekday: 8, time: '09:00' }] });
    assert.equal(weekday.status, 400);
    assert.equal(weekday.body.problems[0]!.field, 'body.slots.0.weekday');
    const time = await owner.client.request<{ problems: Array<{ field: string; message: string }> }>('PUT', url(), { slots: [{ weekday: 1, time: '9am' }] });
    assert.equal(time.status, 400);
    assert.match(time.body.problems[0]!.message, /HH:mm/);
  });

  it('lets the team read them, and only those who manage profiles change them', async () => {
    const creator = await addMember(owner, ws, 'content_creator');
    assert.equal((await creator.client.get(url())).status, 200);
    assert.equal((await creator.client.request('PUT', url(), { slots: [] })).status, 403);
    const other = await createWorkspace(owner, 'Other');
    assert.equal((await owner.client.get(`/api/v1/workspaces/${other}/profiles/${profileId}/queue-slots`)).status, 404, 'a profile of another workspace');
  });
});
