import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { activeInboxFilters, inboxQuery, readInboxFilters, writeInboxFilters } from './filters.ts';

describe('inbox filters in the URL', () => {
  it('reads known values and drops unknown kinds and statuses', () => {
    const params = new URLSearchParams('kind=mention&status=closed&assignee=me&tag=%20launch%20&item=abc');
    assert.deepEqual(readInboxFilters(params), { kind: 'mention', assignee: 'me', tag: 'launch' });
  });

  it('reads the team and the tone, and drops a tone it does not know', () => {
    assert.deepEqual(readInboxFilters(new URLSearchParams('teamId=t-1&sentiment=negative')), { teamId: 't-1', sentiment: 'negative' });
    assert.deepEqual(readInboxFilters(new URLSearchParams('sentiment=angry')), {});
    assert.equal(writeInboxFilters(new URLSearchParams('item=abc'), { teamId: 't-1', sentiment: 'positive' }).toString(), 'item=abc&teamId=t-1&sentiment=positive');
    assert.deepEqual(inboxQuery({ teamId: 't-1', sentiment: 'neutral' }, 'u-1'), { teamId: 't-1', sentiment: 'neutral' });
  });

  it('writes the filters and keeps the open item', () => {
    const params = new URLSearchParams('item=abc&kind=comment&tag=old');
    const next = writeInboxFilters(params, { status: 'open', tag: 'new' });
    assert.equal(next.toString(), 'item=abc&tag=new&status=open');
    assert.equal(activeInboxFilters(readInboxFilters(next)), 2);
  });

  it('asks the API for the person’s own items when the filter says me', () => {
    assert.deepEqual(inboxQuery({ assignee: 'me', kind: 'comment' }, 'u-1'), { kind: 'comment', assigneeId: 'u-1' });
    assert.deepEqual(inboxQuery({ assignee: 'none' }, 'u-1'), { assigneeId: 'none' });
    assert.deepEqual(inboxQuery({}, 'u-1'), {});
  });
});
