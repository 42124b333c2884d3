import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { threadsTextLength } from './text-length.ts';

describe('Threads text length', () => {
  it('counts letters of every script as one each', () => {
    assert.equal(threadsTextLength('Καλημέρα'), 8);
    assert.equal(threadsTextLength('Добро јутро'), 11);
  });

  it('counts Thai combining marks, so a counted post is never too long', () => {
    // ส ว ั ส ด ี: six code points, four as people see them.
    assert.equal(threadsTextLength('สวัสดี'), 6);
  });

  it('counts an emoji as its UTF-8 bytes, as Threads does', () => {
    assert.equal(threadsTextLength('😀'), 4);
    assert.equal(threadsTextLength('👩🏽‍💻'), 15);
    assert.equal(threadsTextLength('🇷🇸'), 8);
    assert.equal(threadsTextLength('Hi 🚀'), 7);
  });
});
