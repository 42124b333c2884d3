import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeNetworkFor, graphError } from '../meta/graph-fixtures.ts';
import { createThreadsAdapter } from './index.ts';
import { threadsSession, USER } from './testing.ts';

describe('Threads metrics', () => {
  const { fake, subject: metrics } = fakeNetworkFor((url) => createThreadsAdapter({ threads: url }).metrics!);

  it('reads followers on their own, then views, engagement and link clicks for the period', async () => {
    fake.on(`GET /v1.0/${USER}/threads_insights`, (req) =>
      req.query.get('metric') === 'followers_count'
        ? { body: { data: [{ name: 'followers_count', period: 'day', total_value: { value: 4321 } }] } }
        : {
            body: {
              data: [
                { name: 'views', period: 'day', values: [{ value: 200, end_time: '2026-11-20T08:00:00+0000' }, { value: 300, end_time: '2026-11-21T08:00:00+0000' }] },
                { name: 'likes', period: 'day', total_value: { value: 40 } },
                { name: 'replies', period: 'day', total_value: { value: 6 } },
                { name: 'reposts', period: 'day', total_value: { value: 3 } },
                { name: 'quotes', period: 'day', total_value: { value: 1 } },
                { name: 'clicks', period: 'day', link_total_values: [{ value: 7, link_url: 'https://canopy.example' }, { value: 2, link_url: 'https://canopy.example/b' }] },
              ],
            },
          },
    );
    const since = new Date('2026-11-20T00:00:00Z');
    const res = await metrics.profile(threadsSession(), { since, until: new Date('2026-11-22T00:00:00Z') });
    assert.deepEqual(res, { kind: 'ok', value: { followers: 4321, impressions: 500, engagements: 50, clicks: 9, videoViews: null } });
    const [followers, period] = fake.sent(`GET /v1.0/${USER}/threads_insights`).slice(-2);
    assert.equal(followers?.query.get('since'), null);
    assert.equal(period?.query.get('since'), String(since.getTime() / 1000));
  });

  it('reads each post\'s insights', async () => {
    fake.on('GET /v1.0/tp-1/insights', {
      body: {
        data: ['views:900', 'likes:30', 'replies:4', 'reposts:2', 'quotes:1', 'shares:5'].map((pair) => {
          const [name, value] = pair.split(':');
          return { name, period: 'lifetime', values: [{ value: Number(value) }] };
        }),
      },
    });
    const res = await metrics.posts(threadsSession(), { remoteIds: ['tp-1'] });
    assert.deepEqual(res, { kind: 'ok', value: [{ remoteId: 'tp-1', followers: null, impressions: 900, engagements: 42, clicks: null, videoViews: null, likes: 30, comments: 4, shares: 8 }] });
  });

  it('maps a transient Graph error to transient', async () => {
    fake.on('GET /v1.0/tp-2/insights', graphError(2, 'Service temporarily unavailable', { status: 500, transient: true }));
    assert.equal((await metrics.posts(threadsSession(), { remoteIds: ['tp-2'] })).kind, 'transient');
  });
});
