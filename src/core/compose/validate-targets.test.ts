import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRegistry } from '../../networks/registry.ts';
import { validateTargets, type ManifestLookup } from './validate-targets.ts';

const registry = createRegistry();
const manifests: ManifestLookup = (id) => registry.get(id)?.manifest;

describe('validating a post for each of its networks', () => {
  it('answers each target in order, with its length, limit and problems', () => {
    const text = 'Καλημέρα from the grove 🫒 https://example.com/olive-oil/2026/harvest-notes';
    const results = validateTargets(manifests, {
      targets: [
        { network: 'x', text },
        { network: 'bluesky', text },
        { network: 'instagram', text },
        { network: 'linkedin', text },
      ],
    });
    assert.deepEqual(
      results.map((r) => [r.network, r.length, r.limit, r.ok, r.problems.map((p) => p.code)]),
      [
        // X: "Καλημέρα from the grove" (23), 2 spaces, 🫒 (2), the URL (23).
        ['x', 50, 280, true, []],
        // Bluesky: 23 + 2 + 🫒 (1 grapheme) + the URL as written (48).
        ['bluesky', 74, 300, true, []],
        // UTF-16: 🫒 is 2 units.
        ['instagram', 75, 2200, false, ['media_required']],
        ['linkedin', 75, 3000, true, []],
      ],
    );
  });

  it('makes an unknown network a problem of its own target, not of the request', () => {
    const [unknown, known] = validateTargets(manifests, { targets: [{ network: 'myspace', text: 'hi' }, { network: 'mastodon', text: 'hi' }] });
    assert.deepEqual(unknown, {
      network: 'myspace',
      length: null,
      limit: null,
      ok: false,
      problems: [{ code: 'unknown_network', message: 'Canopy does not know a network called "myspace".', params: { network: 'myspace' } }],
    });
    assert.equal(known!.ok, true);
  });

  it('says when Canopy cannot publish to a network it knows', () => {
    const results = validateTargets(manifests, { targets: [{ network: 'snapchat', text: 'hi' }, { network: 'messenger', text: 'hi' }] });
    assert.deepEqual(results.map((r) => r.problems.map((p) => p.code)), [['network_unavailable'], ['network_unavailable']]);
    assert.match(results[0]!.problems[0]!.message, /approved/);
  });

  it('uses a Mastodon instance’s own limits when they are passed in', () => {
    const long = 'a'.repeat(600);
    const photos = Array.from({ length: 6 }, () => ({ kind: 'image' as const, mimeType: 'image/png', bytes: 1000 }));
    const [standard, own] = validateTargets(manifests, {
      targets: [
        { network: 'mastodon', text: long, media: photos },
        { network: 'mastodon', text: long, media: photos, liveLimits: { maxLength: 11000, urlLength: 30, mediaMaxCount: 8 } },
      ],
    });
    assert.deepEqual(standard!.problems.map((p) => p.code), ['text_too_long', 'too_many_media']);
    assert.deepEqual([own!.limit, own!.ok], [11000, true]);
  });

  it('applies the workspace policy to every network', () => {
    const policy = { requireAltText: true, bannedTerms: ['cheap'], requiredDisclosure: { when: 'paid', text: '#ad' } } as const;
    const media = [{ kind: 'image', mimeType: 'image/jpeg', bytes: 1000, width: 1080, height: 1080 }] as const;
    const results = validateTargets(manifests, {
      policy: { ...policy, bannedTerms: [...policy.bannedTerms] },
      targets: [
        { network: 'bluesky', text: 'Cheap oil', media: [...media], paid: true },
        { network: 'instagram', text: 'Fine oil #ad', media: [{ ...media[0], altText: 'A bottle of oil' }], paid: true },
      ],
    });
    assert.deepEqual(results.map((r) => r.problems.map((p) => p.code)), [['alt_text_required', 'banned_term', 'disclosure_required'], []]);
  });
});
