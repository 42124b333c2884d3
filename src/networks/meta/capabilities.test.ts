import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRegistry } from '../registry.ts';

describe('Meta networks in the registry', () => {
  const registry = createRegistry({});

  it('claim exactly the capabilities they implement', () => {
    for (const id of ['facebook', 'instagram', 'threads', 'messenger', 'whatsapp']) {
      const adapter = registry.get(id);
      assert.ok(adapter, `${id} is registered`);
      const { capabilities } = adapter.manifest;
      assert.equal(capabilities.publish, adapter.publisher !== undefined, `${id} publish`);
      assert.equal(capabilities.inbox.length > 0, adapter.inbox !== undefined, `${id} inbox`);
      assert.equal(capabilities.metrics, adapter.metrics !== undefined, `${id} metrics`);
      assert.equal(capabilities.search, adapter.search !== undefined, `${id} search`);
      assert.equal(adapter.manifest.firstComment, adapter.publisher?.comment !== undefined, `${id} first comment`);
      assert.ok(adapter.connector, `${id} can be connected`);
    }
  });

  it('say which networks only answer messages', () => {
    assert.deepEqual(registry.get('messenger')?.manifest.capabilities.inbox, ['messages']);
    assert.deepEqual(registry.get('whatsapp')?.manifest.capabilities.inbox, ['messages']);
    assert.equal(registry.get('whatsapp')?.connector?.kind, 'credentials');
  });
});
