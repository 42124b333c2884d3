import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lexicons } from '@atproto/api';
import { blueskyManifest } from '../../networks/bluesky/manifest.ts';
import { instagramManifest } from '../../networks/instagram/manifest.ts';
import { mastodonManifest } from '../../networks/mastodon/manifest.ts';
import type { NetworkManifest } from '../../networks/manifest.ts';
import { threadsManifest } from '../../networks/threads/manifest.ts';
import { xManifest } from '../../networks/x/manifest.ts';
import { youtubeManifest } from '../../networks/youtube/manifest.ts';
import { checkText } from './check-text.ts';
import { BLUESKY_MAX_TEXT_BYTES, rulesFor } from './network-rules.ts';

const check = (manifest: NetworkManifest, text: string, hasMedia = false) => checkText(manifest, rulesFor(manifest.id), text, hasMedia);
const codes = (manifest: NetworkManifest, text: string, hasMedia = false) => check(manifest, text, hasMedia).problems.map((p) => p.code);
const bluesky = blueskyManifest();

describe('checking a post’s text', () => {
  it('needs text or media, except where media is required anyway', () => {
    assert.deepEqual(codes(xManifest, '  \n'), ['text_required']);
    assert.deepEqual(codes(xManifest, '', true), []);
    assert.deepEqual(codes(instagramManifest, ''), []);
  });

  it('refuses text over the limit, saying the limit and the count', () => {
    assert.deepEqual(codes(xManifest, 'a'.repeat(280)), []);
    const over = check(xManifest, 'a'.repeat(281));
    assert.deepEqual([over.length, over.limit], [281, 280]);
    assert.deepEqual(over.problems[0]!.params, { max: 280, actual: 281, unit: 'characters' });
    // X counts an emoji 2: 141 of them are 282.
    assert.deepEqual(codes(xManifest, '👍🏽'.repeat(141)), ['text_too_long']);
  });

  it('takes 300 Thai graphemes on Bluesky that Mastodon, counting code points, refuses', () => {
    const thai = 'น้ำ'.repeat(150) + 'ดี'.repeat(150);
    assert.equal(check(bluesky, thai).length, 300);
    assert.deepEqual(codes(bluesky, thai), []);
    assert.equal(check(mastodonManifest, thai).length, 750);
    assert.deepEqual(codes(mastodonManifest, thai), ['text_too_long']);
  });

  it('holds Bluesky to 3000 UTF-8 bytes as well as 300 graphemes', () => {
    const lexicon = postTextLexicon();
    assert.deepEqual([lexicon.maxGraphemes, lexicon.maxLength], [bluesky.text.maxLength, BLUESKY_MAX_TEXT_BYTES]);
    const families = '👨‍👩‍👧‍👦'.repeat(150);
    const result = check(bluesky, families);
    assert.equal(result.length, 150);
    assert.deepEqual(result.problems.map((p) => [p.code, p.params]), [['text_too_long', { max: 3000, actual: 150 * 25, unit: 'bytes' }]]);
  });

  it('counts an emoji on Threads as its UTF-8 bytes, as the publisher does', () => {
    const result = check(threadsManifest, '👍🏽'.repeat(63));
    assert.deepEqual([result.length, result.limit], [504, 500]);
    assert.deepEqual(codes(threadsManifest, '👍🏽'.repeat(62)), []);
    assert.equal(check(threadsManifest, 'Καλημέρα').length, 8);
  });

  it('counts a YouTube description in UTF-8 bytes and refuses < and >', () => {
    const thai = 'สวัสดี'.repeat(300);
    const result = check(youtubeManifest, thai, true);
    assert.deepEqual([result.length, result.limit], [5400, 5000]);
    assert.deepEqual(result.problems[0]!.params, { max: 5000, actual: 5400, unit: 'bytes' });
    const angled = check(youtubeManifest, 'a <b> c', true).problems;
    assert.deepEqual(angled.map((p) => [p.code, p.params]), [['invalid_characters', { characters: ['<', '>'] }]]);
  });

  it('refuses the characters twitter-text marks invalid on X', () => {
    assert.deepEqual(codes(xManifest, 'hello\uFEFF'), ['invalid_characters']);
  });

  it('counts a remote mention on Mastodon as its local part', () => {
    assert.equal(check(mastodonManifest, '@ana@example.social hi').length, '@ana hi'.length);
    assert.equal(check(mastodonManifest, 'mail ana@example.social').length, 'mail ana@example.social'.length);
  });

  it('uses an instance’s own limits when given them', () => {
    const big = { ...mastodonManifest, text: { ...mastodonManifest.text, maxLength: 5000 } };
    assert.deepEqual(codes(big, 'a'.repeat(4000)), []);
  });

  it('allows Instagram 30 hashtags and 20 mentions, in any script', () => {
    const words = ['#ελιά', '#маслина', '#มะกอก', '#olive_oil'];
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `${words[i % words.length]}${i}`).join(' ');
    assert.deepEqual(codes(instagramManifest, tags(30)), []);
    const over = check(instagramManifest, tags(31)).problems;
    assert.deepEqual(over.map((p) => [p.code, p.params]), [['too_many_hashtags', { max: 30, actual: 31 }]]);
    const mentions = (n: number) => Array.from({ length: n }, (_, i) => `@friend.${i}`).join(' ');
    assert.deepEqual(codes(instagramManifest, mentions(20)), []);
    assert.deepEqual(codes(instagramManifest, mentions(21)), ['too_many_mentions']);
  });

  it('does not count numbers, URL fragments or email addresses as hashtags or mentions', () => {
    const text = `#1 https://example.com/#section ana@example.com ${'#tag '.repeat(30)}`;
    assert.deepEqual(codes(instagramManifest, text), []);
  });

  it('allows Threads one topic tag', () => {
    assert.deepEqual(codes(threadsManifest, 'Olive harvest #olives'), []);
    assert.deepEqual(codes(threadsManifest, 'Olive harvest #olives #greece'), ['too_many_hashtags']);
  });
});

/** The text property of the app.bsky.feed.post lexicon that ships with @atproto/api. */
function postTextLexicon(): { maxGraphemes?: number; maxLength?: number } {
  const def = lexicons.getDefOrThrow('app.bsky.feed.post') as { record?: { properties?: { text?: { maxGraphemes?: number; maxLength?: number } } } };
  return def.record?.properties?.text ?? {};
}
