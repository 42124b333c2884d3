import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testSession } from '../testing/session.ts';
import { FakePinterest, pinterestError } from './fake-pinterest.ts';
import { createPinterestAdapter } from './index.ts';

const day = (d: Date) => d.toISOString().slice(0, 10);

describe('Pinterest metrics', () => {
  let pin: FakePinterest;
  let metrics: NonNullable<ReturnType<typeof createPinterestAdapter>['metrics']>;
  before(async () => {
    pin = await new FakePinterest().start();
    metrics = createPinterestAdapter({ pinterest: pin.url }).metrics!;
  });
  after(() => pin.stop());
  beforeEach(() => pin.reset());

  it('reads followers and the account’s analytics, within the 90 days Pinterest keeps', async () => {
    pin.on('GET /v5/user_account/analytics', { body: { all: { summary_metrics: { IMPRESSION: 1200, ENGAGEMENT: 87, OUTBOUND_CLICK: 14, PIN_CLICK: 40, SAVE: 33, VIDEO_MRC_VIEW: 5 } } } });
    const now = new Date();
    const out = okValue(await metrics.profile(testSession(), { since: new Date(now.getTime() - 200 * 86_400_000), until: now }));
    assert.deepEqual(out, { followers: 321, impressions: 1200, engagements: 87, clicks: 14, videoViews: 5 });
    const q = pin.sent('GET /v5/user_account/analytics')[0]!.query;
    assert.equal(q.get('start_date'), day(new Date(now.getTime() - 89 * 86_400_000)));
    assert.equal(q.get('end_date'), day(now));
  });

  it('reads each Pin’s impressions, clicks, saves, reactions and comments', async () => {
    pin.on('GET /v5/pins/8101/analytics', { body: { all: { summary_metrics: { IMPRESSION: 500, OUTBOUND_CLICK: 12, PIN_CLICK: 30, SAVE: 9, TOTAL_REACTIONS: 4, TOTAL_COMMENTS: 1 } } } });
    const [row] = okValue(await metrics.posts(testSession(), { remoteIds: ['8101'] }));
    assert.deepEqual(row, { remoteId: '8101', followers: null, impressions: 500, engagements: 56, clicks: 12, videoViews: null, likes: 4, comments: 1, shares: 9 });
    const q = pin.sent('GET /v5/pins/8101/analytics')[0]!.query;
    assert.equal(q.get('metric_types'), 'IMPRESSION,OUTBOUND_CLICK,PIN_CLICK,SAVE,VIDEO_MRC_VIEW,TOTAL_COMMENTS,TOTAL_REACTIONS');
    assert.equal(q.get('end_date'), day(new Date()));
  });

  it('an expired token is unauthorized', async () => {
    pin.on('GET /v5/user_account', pinterestError(401, 2, 'Authentication failed.'));
    failureOf(await metrics.profile(testSession(), { since: new Date(), until: new Date() }), 'unauthorized');
  });
});
