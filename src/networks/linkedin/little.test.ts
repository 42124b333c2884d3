import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { littleText, plainOfLittle } from './little.ts';

describe('LinkedIn little text', () => {
  it('escapes the characters LinkedIn treats as markup, keeping hashtags', () => {
    assert.equal(littleText('Price (incl. VAT) <today> *only* a_b ~x~ [link] {x|y} @team \\ #canopy #2026 C# ok'), 'Price \\(incl. VAT\\) \\<today\\> \\*only\\* a\\_b \\~x\\~ \\[link\\] \\{x\\|y\\} \\@team \\\\ #canopy #2026 C\\# ok');
  });

  it('leaves Greek, Serbian Cyrillic, Thai and emoji alone, and hashtags in them', () => {
    assert.equal(littleText('Καλημέρα #ελιά · Здраво #свет · สวัสดี #ไทย 🌳'), 'Καλημέρα #ελιά · Здраво #свет · สวัสดี #ไทย 🌳');
  });

  it('reads commentary back as people see it', () => {
    const text = 'Hello (world) @[Acme Corp](urn:li:organization:1234) {hashtag|\\#|Technology} a\\_b 😀';
    assert.equal(plainOfLittle(text), 'Hello (world) Acme Corp #Technology a_b 😀');
    const original = 'Price (incl. VAT) *only* #canopy Ωμέγα';
    assert.equal(plainOfLittle(littleText(original)), original);
  });
});
