import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blueskyManifest } from '../../networks/bluesky/manifest.ts';
import { tiktokManifest } from '../../networks/tiktok/manifest.ts';
import { checkPolicy } from './check-policy.ts';
import { termFinder } from './find-term.ts';
import type { ComposeMedia, ComposePolicy } from './types.ts';

const policy = (more: Partial<ComposePolicy> = {}): ComposePolicy => ({ requireAltText: false, bannedTerms: [], ...more });
const photo = (altText?: string): ComposeMedia => ({ kind: 'image', mimeType: 'image/jpeg', bytes: 1000, ...(altText !== undefined ? { altText } : {}) });
const post = (text: string, more: { media?: ComposeMedia[]; paid?: boolean } = {}) => ({ text, media: more.media ?? [], paid: more.paid ?? false });

describe('checking a post against the workspace’s policy', () => {
  it('asks for alt text on each photo when the workspace requires it', () => {
    const media = [photo('Olive grove at dawn'), photo('  '), photo(), { kind: 'video', mimeType: 'video/mp4', bytes: 1000 } as const];
    const found = checkPolicy(blueskyManifest(), policy({ requireAltText: true }), post('hi', { media }));
    assert.deepEqual(found.map((p) => [p.code, p.params]), [['alt_text_required', { index: 1 }], ['alt_text_required', { index: 2 }]]);
    assert.deepEqual(checkPolicy(blueskyManifest(), policy(), post('hi', { media })), []);
  });

  it('does not ask for alt text a network cannot carry', () => {
    assert.deepEqual(checkPolicy(tiktokManifest, policy({ requireAltText: true }), post('hi', { media: [photo()] })), []);
  });

  it('finds banned terms regardless of case, accents and width, once each', () => {
    const found = checkPolicy(blueskyManifest(), policy({ bannedTerms: ['guaranteed', 'ΔΩΡΕΆΝ', 'бесплатно', 'ฟรี', 'absent', 'guaranteed'] }), post('GUARANTEED results, δωρεαν δείγμα, Бесплатно! ส่งฟรีทั่วไทย ｇｕａｒａｎｔｅｅｄ'));
    assert.deepEqual(found.map((p) => [p.code, p.params]), [
      ['banned_term', { term: 'guaranteed' }],
      ['banned_term', { term: 'ΔΩΡΕΆΝ' }],
      ['banned_term', { term: 'бесплатно' }],
      ['banned_term', { term: 'ฟรี' }],
    ]);
  });

  it('asks a paid post for its disclosure, as a word of its own', () => {
    const disclosure = { when: 'paid', text: '#ad' } as const;
    const paid = (text: string) => checkPolicy(blueskyManifest(), policy({ requiredDisclosure: disclosure }), post(text, { paid: true })).map((p) => [p.code, p.params]);
    assert.deepEqual(paid('Our new oil #ad'), []);
    assert.deepEqual(paid('Our new oil #AD!'), []);
    assert.deepEqual(paid('Our new oil #adventure'), [['disclosure_required', { text: '#ad' }]]);
    assert.deepEqual(checkPolicy(blueskyManifest(), policy({ requiredDisclosure: disclosure }), post('Our new oil')), []);
  });
});

describe('finding a term in a post', () => {
  it('matches whole words where words are spaced', () => {
    const has = termFinder('An advert for free-range eggs, Ελιές ΕΛΙΆΣ');
    assert.equal(has('ad'), false);
    assert.equal(has('advert'), true);
    assert.equal(has('free'), true);
    assert.equal(has('free-range eggs'), true);
    // Greek capitals drop their accents, and σ is ς at a word's end.
    assert.equal(has('ελιάς'), true);
    assert.equal(has(' '), false);
  });

  it('matches inside words in Thai, which has no spaces between them', () => {
    const has = termFinder('ส่งฟรีทั่วไทย');
    assert.equal(has('ฟรี'), true);
    assert.equal(has('แพง'), false);
  });
});
