import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activeFilterCount, readFilters, writeFilters } from './filters.ts';

describe('calendar filters in the URL', () => {
  it('reads the filters it knows and drops an unknown status', () => {
    const params = new URLSearchParams('status=published&tag=launch&profileId=&view=week&status2=x');
    assert.deepEqual(readFilters(params), { status: 'published', tag: 'launch' });
    assert.deepEqual(readFilters(new URLSearchParams('status=gone')), {});
  });

  it('writes filters back and keeps the other params', () => {
    const params = new URLSearchParams('view=list&date=2026-11-02&tag=old&network=x');
    const next = writeFilters(params, { tag: 'launch', campaignId: 'c1' });
    assert.equal(next.get('view'), 'list');
    assert.equal(next.get('date'), '2026-11-02');
    assert.equal(next.get('tag'), 'launch');
    assert.equal(next.get('campaignId'), 'c1');
    assert.equal(next.has('network'), false);
    assert.equal(params.get('tag'), 'old', 'the given params are not changed');
  });

  it('round-trips and counts what is set', () => {
    const filters = { profileId: 'p1', network: 'bluesky', status: 'failed', authorId: 'u1' } as const;
    assert.deepEqual(readFilters(writeFilters(new URLSearchParams(), filters)), filters);
    assert.equal(activeFilterCount(filters), 4);
    assert.equal(activeFilterCount({}), 0);
  });
});
