import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { tagsByFacets, tagsByTwitterText, tagsByUnicode } from './find-tags.ts';

describe('finding hashtags and mentions', () => {
  const text = 'Hi @ana.bsky.social and @bob! #olives #ελιές #มะกอก #2024 https://example.com/#top ana@example.com';

  it('finds them as Bluesky does, from RichText facets without looking handles up', () => {
    // RichText links a handle only when it looks like a domain, so "@bob" is not a mention there.
    assert.deepEqual(tagsByFacets(text), { hashtags: 3, mentions: 1 });
  });

  it('finds them as X does, with twitter-text', () => {
    assert.deepEqual(tagsByTwitterText(text), { hashtags: 3, mentions: 2 });
  });

  it('finds them in any script elsewhere, skipping numbers, URL fragments and email addresses', () => {
    assert.deepEqual(tagsByUnicode(text), { hashtags: 3, mentions: 2 });
  });
});
