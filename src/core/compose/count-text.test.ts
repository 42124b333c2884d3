import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RichText } from '@atproto/api';
import twitterText from 'twitter-text';
import { blueskyManifest } from '../../networks/bluesky/manifest.ts';
import { linkedinManifest } from '../../networks/linkedin/manifest.ts';
import { mastodonManifest } from '../../networks/mastodon/manifest.ts';
import { xManifest } from '../../networks/x/manifest.ts';
import { countCodepoints, countGraphemes, countText, countUtf16, countUtf8Bytes, countWeighted, withUrlsAs } from './count-text.ts';

/**
 * Each sample's expected counts, derived by hand from what the text is made of:
 * graphemes (what a reader sees), code points, UTF-16 units, and X's weight (letters below
 * U+1100, which takes in Greek, Cyrillic and Thai, count 1; an emoji sequence counts 2).
 */
const samples = [
  // 13 precomposed Greek letters and a space: one of each in every mode.
  { name: 'Greek', text: 'Καλημέρα κόσμε', graphemes: 14, codepoints: 14, utf16: 14, weighted: 14 },
  // ε + U+0301: one grapheme, two code points; X normalizes to NFC (έ) before counting.
  { name: 'Greek with a combining accent', text: 'Καλημε\u0301ρα', graphemes: 8, codepoints: 9, utf16: 9, weighted: 8 },
  { name: 'Serbian Cyrillic', text: 'Здраво, свете! Ђурђевдан', graphemes: 24, codepoints: 24, utf16: 24, weighted: 24 },
  // สวัสดี is ส วั ส ดี (6 code points, 4 graphemes), ครับ is ค รั บ (4, 3), น้ำ is one grapheme of 3.
  { name: 'Thai with combining marks', text: 'สวัสดีครับ น้ำ', graphemes: 9, codepoints: 14, utf16: 14, weighted: 14 },
  // 4 people joined by 3 ZWJ: 7 code points, each person 2 UTF-16 units.
  { name: 'a ZWJ family', text: '👨‍👩‍👧‍👦', graphemes: 1, codepoints: 7, utf16: 11, weighted: 2 },
  // Three flags, each two regional indicators.
  { name: 'flags', text: '🇷🇸🇬🇷🇹🇭', graphemes: 3, codepoints: 6, utf16: 12, weighted: 6 },
  // Two emoji, each with a skin-tone modifier.
  { name: 'skin tones', text: '👍🏽👋🏿', graphemes: 2, codepoints: 4, utf16: 8, weighted: 4 },
];

describe('counting text as each network does', () => {
  for (const s of samples) {
    it(`counts ${s.name} in every mode`, () => {
      assert.equal(countGraphemes(s.text), s.graphemes, 'graphemes');
      assert.equal(countCodepoints(s.text), s.codepoints, 'code points');
      assert.equal(countUtf16(s.text), s.utf16, 'UTF-16');
      assert.equal(countWeighted(s.text), s.weighted, 'weighted');
    });

    it(`agrees with twitter-text for X and RichText for Bluesky on ${s.name}`, () => {
      assert.equal(countText(s.text, xManifest.text), twitterText.parseTweet(s.text).weightedLength);
      assert.equal(countText(s.text, blueskyManifest().text), new RichText({ text: s.text }).graphemeLength);
    });
  }

  it('dispatches on the manifest: Bluesky graphemes, Mastodon code points, LinkedIn UTF-16, X weighted', () => {
    const text = 'Γειά 👋🏽 สวัสดี 🇷🇸';
    assert.equal(countText(text, blueskyManifest().text), 13);
    assert.equal(countText(text, mastodonManifest.text), 17);
    assert.equal(countText(text, linkedinManifest.text), 21);
    // Γειά, spaces and Thai count 1 a code point (13); the two emoji 2 each.
    assert.equal(countText(text, xManifest.text), 17);
  });

  it('counts every URL as 23 on X and Mastodon, however long it is', () => {
    const text = 'Read https://example.com/a/very/long/path?with=query&and=more#frag now';
    // "Read " (5) + 23 + " now" (4)
    assert.equal(countText(text, xManifest.text), 32);
    assert.equal(countText(text, mastodonManifest.text), 32);
    // Bluesky and LinkedIn count the URL as written.
    assert.equal(countText(text, blueskyManifest().text), text.length);
    assert.equal(countText(text, linkedinManifest.text), text.length);
  });

  it('shortens a bare domain on X (twitter-text links it) but not on Mastodon (it needs the scheme)', () => {
    assert.equal(countText('see example.com', xManifest.text), 4 + 23);
    assert.equal(countText('see example.com', mastodonManifest.text), 15);
  });

  it('counts a URL as 23 even when it is shorter', () => {
    assert.equal(countText('https://a.co', mastodonManifest.text), 23);
    assert.equal(countText('https://a.co', xManifest.text), 23);
  });

  it('uses an instance’s own URL length', () => {
    assert.equal(countText('https://example.com/x', { counting: 'codepoints', urlLength: 30 }), 30);
    assert.equal(withUrlsAs('a https://example.com b https://example.org', 3), 'a xxx b xxx');
  });

  it('counts UTF-8 bytes: Greek and Cyrillic 2, Thai 3, an emoji 4 a code point', () => {
    assert.equal(countUtf8Bytes('Καλημέρα'), 16);
    assert.equal(countUtf8Bytes('Ђурђевдан'), 18);
    assert.equal(countUtf8Bytes('น้ำ'), 9);
    assert.equal(countUtf8Bytes('👨‍👩‍👧‍👦'), 4 * 4 + 3 * 3);
  });

  it('counts a long text in pieces to the same total as twitter-text over the whole', () => {
    const text = 'Καλημέρα 👨‍👩‍👧‍👦 https://example.com/harvest สวัสดี example.org/oil #ελιές\n'.repeat(80);
    assert.ok(text.length > 5000);
    assert.equal(countText(text, xManifest.text), twitterText.parseTweet(text).weightedLength);
    assert.equal(countText(text, mastodonManifest.text), Array.from(text.replace(/https:\/\/example\.com\/harvest/g, 'x'.repeat(23))).length);
  });

  it('counts a run without spaces longer than any URL as written (twitter-text would take seconds on it)', () => {
    assert.equal(countText('a.'.repeat(50_000), xManifest.text), 100_000);
    const run = `https://${'a.'.repeat(50_000)}com`;
    assert.equal(countText(run, mastodonManifest.text), run.length);
  });

  it('counts nothing in an empty text', () => {
    for (const counting of ['graphemes', 'codepoints', 'utf16', 'weighted'] as const) assert.equal(countText('', { counting }), 0);
  });
});
