import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockReason } from './block-reason.ts';
import type { CheckResult } from './queries.ts';

const result = (network: string, codes: string[]): CheckResult => ({
  network,
  part: 0,
  target: { network, length: 10, limit: 300, ok: codes.length === 0, problems: codes.map((code) => ({ code, message: code })) },
});

describe('blockReason', () => {
  it('lets a post through when no network has a problem', () => {
    assert.equal(blockReason([result('bluesky', []), result('mastodon', [])], 'block'), null);
  });

  it('stops a post a network would refuse, whatever the policy says', () => {
    assert.equal(blockReason([result('bluesky', ['text_too_long']), result('mastodon', [])], 'warn'), 'network');
    assert.equal(blockReason([result('bluesky', ['banned_term', 'text_too_long'])], 'block'), 'network');
  });

  it('stops a post that breaks the policy only where the policy blocks', () => {
    assert.equal(blockReason([result('x', ['banned_term'])], 'warn'), null);
    assert.equal(blockReason([result('x', ['disclosure_required'])], 'block'), 'policy');
    assert.equal(blockReason([result('x', ['alt_text_required'])], 'block'), 'policy');
  });
});
