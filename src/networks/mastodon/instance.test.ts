import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { FakeNetwork } from '../testing/fake-network.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { testHttp } from '../testing/session.ts';
import { instanceJson } from './fixtures.ts';
import { createMastodonAdapter } from './index.ts';

describe('Mastodon live limits', () => {
  let fake: FakeNetwork;
  const adapter = createMastodonAdapter({});

  beforeEach(async () => {
    fake = await new FakeNetwork().start();
  });
  afterEach(() => fake.stop());

  it('reads the limits an instance publishes', async () => {
    fake.on('GET /api/v2/instance', { body: instanceJson({ statuses: { max_characters: 11000, max_media_attachments: 8, characters_reserved_per_url: 30 } }) });
    assert.deepEqual(okValue(await adapter.liveLimits!(testHttp(), fake.url)), { maxLength: 11000, counting: 'codepoints', urlLength: 30, mediaMaxCount: 8 });
  });

  it('falls back to Mastodon’s defaults where an instance is silent', async () => {
    fake.on('GET /api/v2/instance', { body: { domain: 'tiny.example', configuration: {} } });
    assert.deepEqual(okValue(await adapter.liveLimits!(testHttp(), fake.url)), { maxLength: 500, counting: 'codepoints', urlLength: 23, mediaMaxCount: 4 });
  });

  it('reports an unreachable instance as transient', async () => {
    fake.on('GET /api/v2/instance', { status: 503, body: '<html>down</html>' });
    failureOf(await adapter.liveLimits!(testHttp(), fake.url), 'transient');
  });
});
