import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { postExcerpt } from './post-excerpt.ts';

describe('post excerpts', () => {
  it('put a post on one line and keep a short one whole', () => {
    assert.equal(postExcerpt('  Καλημέρα\n\n☕  φίλοι '), 'Καλημέρα ☕ φίλοι');
  });

  it('cut a long one between graphemes, never inside an emoji', () => {
    const family = '👨‍👩‍👧‍👦';
    const cut = postExcerpt(family.repeat(10), 5);
    assert.equal(cut, `${family.repeat(4)}…`);
  });
});
