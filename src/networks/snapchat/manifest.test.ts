import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRegistry } from '../registry.ts';
import { createSnapchatAdapter } from './index.ts';

describe('Snapchat manifest', () => {
  it('is listed as unavailable, with a reason people can read, and offers nothing to connect or use', () => {
    const adapter = createSnapchatAdapter({});
    assert.match(adapter.manifest.unavailable ?? '', /Snapchat/);
    assert.ok((adapter.manifest.unavailable ?? '').length > 40);
    assert.deepEqual(adapter.manifest.capabilities, { publish: false, inbox: [], metrics: false, search: false });
    assert.equal(adapter.manifest.auth.kind, 'none');
    assert.deepEqual(Object.keys(adapter).sort(), ['manifest']);
  });

  it('is in the registry beside the networks that work', () => {
    const registry = createRegistry({});
    assert.equal(registry.get('snapchat')?.manifest.name, 'Snapchat');
    for (const id of ['youtube', 'tiktok', 'pinterest', 'google_business']) assert.ok(registry.get(id)?.connector, `${id} can be connected`);
  });
});
