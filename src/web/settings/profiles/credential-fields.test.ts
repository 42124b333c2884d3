import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isHttpUrl, withScheme } from './credential-fields.ts';

describe('server addresses people type', () => {
  it('adds https:// to a bare server name, and keeps a given scheme', () => {
    assert.equal(withScheme(' mastodon.social '), 'https://mastodon.social');
    assert.equal(withScheme('http://localhost:2583'), 'http://localhost:2583');
    assert.equal(withScheme(''), '');
  });

  it('accepts only web addresses', () => {
    assert.equal(isHttpUrl('https://bsky.social'), true);
    assert.equal(isHttpUrl('ftp://bsky.social'), false);
    assert.equal(isHttpUrl('https://'), false);
    assert.equal(isHttpUrl('not a url'), false);
  });
});
