import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRegistry } from './registry.ts';

describe('the network registry', () => {
  const registry = createRegistry();

  it('lists every network the product promises, by a stable id', () => {
    assert.deepEqual([...registry.keys()].sort(), [
      'bluesky',
      'facebook',
      'google_business',
      'instagram',
      'linkedin',
      'mastodon',
      'messenger',
      'pinterest',
      'snapchat',
      'threads',
      'tiktok',
      'whatsapp',
      'x',
      'youtube',
    ]);
  });

  for (const [id, adapter] of registry) {
    it(`${id}: claims exactly the capabilities it implements, and connects the way it says`, () => {
      const m = adapter.manifest;
      assert.equal(m.id, id);
      assert.equal(m.capabilities.publish, !!adapter.publisher, 'publish');
      assert.equal(m.capabilities.inbox.length > 0, !!adapter.inbox, 'inbox');
      assert.equal(m.capabilities.metrics, !!adapter.metrics, 'metrics');
      assert.equal(m.capabilities.search, !!adapter.search, 'search');
      assert.match(m.color, /^#[0-9a-f]{6}$/i);
      if (m.unavailable) {
        assert.equal(adapter.connector, undefined, 'an unavailable network cannot be connected');
        return;
      }
      if (m.auth.kind === 'oauth2') assert.equal(adapter.connector?.kind, 'oauth2');
      if (m.auth.kind === 'app_password') {
        assert.equal(adapter.connector?.kind, 'credentials');
        assert.ok((m.auth.credentialFields ?? []).length > 0, 'a credentials network names its fields');
      }
      assert.ok(m.text.maxLength > 0);
      if (m.capabilities.publish && m.media.video) assert.ok(m.media.video.maxCount >= 1);
    });
  }
});
