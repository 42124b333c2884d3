import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { FakeNetwork } from '../testing/fake-network.ts';
import { testSession } from '../testing/session.ts';
import { createGoogleBusinessAdapter } from './index.ts';

const session = () => testSession({ account: { remoteId: 'accounts/111/locations/987' } });
const series = (dailyMetric: string, values: Array<string | undefined>) => ({
  dailyMetric,
  timeSeries: { datedValues: values.map((value, i) => ({ date: { year: 2026, month: 11, day: i + 1 }, ...(value === undefined ? {} : { value }) })) },
});

describe('Google Business Profile metrics', () => {
  let gbp: FakeNetwork;
  let metrics: NonNullable<ReturnType<typeof createGoogleBusinessAdapter>['metrics']>;
  before(async () => {
    gbp = await new FakeNetwork().start();
    metrics = createGoogleBusinessAdapter({ google_business: gbp.url }).metrics!;
  });
  after(() => gbp.stop());

  it('sums the location’s daily impressions and actions over the period', async () => {
    gbp.on('GET /v1/locations/987:fetchMultiDailyMetricsTimeSeries', {
      body: {
        multiDailyMetricTimeSeries: [
          {
            dailyMetricTimeSeries: [
              series('BUSINESS_IMPRESSIONS_MOBILE_SEARCH', ['100', '50']),
              series('BUSINESS_IMPRESSIONS_DESKTOP_MAPS', ['7', undefined]),
              series('WEBSITE_CLICKS', ['3', '4']),
              series('CALL_CLICKS', ['1', undefined]),
              series('BUSINESS_DIRECTION_REQUESTS', ['2', '2']),
            ],
          },
        ],
      },
    });
    const out = await metrics.profile(session(), { since: new Date('2026-11-01T00:00:00Z'), until: new Date('2026-11-02T23:59:59Z') });
    assert.deepEqual(out, { kind: 'ok', value: { followers: null, impressions: 157, engagements: 12, clicks: 7, videoViews: null } });
    const q = gbp.sent('GET /v1/locations/987:fetchMultiDailyMetricsTimeSeries')[0]!.query;
    assert.ok(q.getAll('dailyMetrics').includes('BUSINESS_IMPRESSIONS_MOBILE_MAPS'));
    assert.ok(q.getAll('dailyMetrics').includes('WEBSITE_CLICKS'));
    assert.deepEqual([q.get('dailyRange.start_date.year'), q.get('dailyRange.start_date.month'), q.get('dailyRange.start_date.day')], ['2026', '11', '1']);
    assert.deepEqual([q.get('dailyRange.end_date.year'), q.get('dailyRange.end_date.month'), q.get('dailyRange.end_date.day')], ['2026', '11', '2']);
  });

  it('says per-post figures are unknown rather than zero', async () => {
    const out = await metrics.posts(session(), { remoteIds: ['accounts/111/locations/987/localPosts/1'] });
    assert.ok(out.kind === 'ok');
    assert.equal(out.value[0]!.impressions, null);
    assert.equal(out.value[0]!.remoteId, 'accounts/111/locations/987/localPosts/1');
  });

  it('a spent per-minute quota waits a minute', async () => {
    gbp.on('GET /v1/locations/987:fetchMultiDailyMetricsTimeSeries', {
      status: 429,
      body: { error: { code: 429, status: 'RESOURCE_EXHAUSTED', message: 'Quota exceeded', details: [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'RATE_LIMIT_EXCEEDED' }] } },
    });
    const out = await metrics.profile(session(), { since: new Date('2026-11-01'), until: new Date('2026-11-02') });
    assert.ok(out.kind === 'rate_limited' && out.retryAt > new Date() && out.retryAt.getTime() <= Date.now() + 61_000, JSON.stringify(out));
  });
});
