import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstLink, textRuns } from './rich-text.ts';

const kinds = (text: string) => textRuns(text).map((r) => [r.kind, r.text]);

describe('textRuns', () => {
  it('finds links, mentions and hashtags and keeps the text between them', () => {
    assert.deepEqual(kinds('New roast by @ana.bsky.social: https://acme.example/roast. #coffee'), [
      ['text', 'New roast by '],
      ['mention', '@ana.bsky.social'],
      ['text', ': '],
      ['link', 'https://acme.example/roast'],
      ['text', '. '],
      ['hashtag', '#coffee'],
    ]);
  });

  it('keeps Thai vowels and tone marks inside a hashtag, and Greek letters', () => {
    assert.deepEqual(kinds('กาแฟ #กาแฟดี #καφές!'), [
      ['text', 'กาแฟ '],
      ['hashtag', '#กาแฟดี'],
      ['text', ' '],
      ['hashtag', '#καφές'],
      ['text', '!'],
    ]);
  });

  it('reads a Mastodon mention with its server, and not an email address or a number sign', () => {
    assert.deepEqual(kinds('hi @ana@mastodon.social'), [
      ['text', 'hi '],
      ['mention', '@ana@mastodon.social'],
    ]);
    assert.deepEqual(kinds('mail ana@acme.example about #1'), [['text', 'mail ana@acme.example about #1']]);
  });

  it('gives the first link for the link card', () => {
    assert.equal(firstLink('see https://a.example/x and https://b.example'), 'https://a.example/x');
    assert.equal(firstLink('no link here'), null);
  });
});
