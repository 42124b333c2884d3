import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../../testing/app.ts';
import { TestClient } from '../../../testing/client.ts';
import { signUpOwner, type Owner } from '../../../testing/people.ts';

interface Problem {
  code: string;
  message: string;
  params?: Record<string, unknown>;
}
interface Validated {
  targets: Array<{ network: string; length: number | null; limit: number | null; ok: boolean; problems: Problem[] }>;
}
interface ProblemDocument {
  type: string;
  status: number;
  code: string;
  problems: Array<{ field: string; message: string }>;
}

const URL = '/api/v1/compose/validate';

describe('POST /api/v1/compose/validate', () => {
  let t: TestApp;
  let owner: Owner;
  before(async () => {
    t = await startTestApp();
    owner = await signUpOwner(t.url);
  });
  after(() => t.stop());

  it('counts and checks a post for each network, as that network does', async () => {
    const text = 'สวัสดีครับ 👨‍👩‍👧‍👦 https://example.com/a/very/long/link/to/the/harvest';
    const res = await owner.client.post<Validated>(URL, {
      targets: [
        { network: 'x', text },
        { network: 'bluesky', text },
        { network: 'mastodon', text },
        { network: 'instagram', text, media: [{ kind: 'image', mimeType: 'image/png', bytes: 9_000_000, width: 1080, height: 1920 }] },
      ],
    });
    assert.equal(res.status, 200);
    const [x, bluesky, mastodon, instagram] = res.body.targets;
    // X: 10 Thai code points + 2 spaces + the family (2) + the URL (23).
    assert.deepEqual([x!.length, x!.limit, x!.ok], [37, 280, true]);
    // Bluesky: 7 Thai graphemes + 2 spaces + the family (1) + the URL as written (51).
    assert.deepEqual([bluesky!.length, bluesky!.limit, bluesky!.ok], [61, 300, true]);
    // Mastodon: code points, the URL 23.
    assert.deepEqual([mastodon!.length, mastodon!.limit], [42, 500]);
    assert.deepEqual(
      instagram!.problems.map((p) => p.code),
      ['media_type_not_allowed', 'media_too_large', 'aspect_ratio'],
    );
    assert.deepEqual(instagram!.problems[1]!.params, { index: 0, max: 8 * 1024 * 1024, actual: 9_000_000 });
    assert.equal(typeof instagram!.problems[0]!.message, 'string');
  });

  it('makes an unknown network a problem of its target, and checks the others', async () => {
    const res = await owner.client.post<Validated>(URL, { targets: [{ network: 'Friendster', text: 'hi' }, { network: 'linkedin', text: 'hi' }] });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.targets.map((r) => [r.network, r.ok, r.problems.map((p) => p.code)]), [
      ['Friendster', false, ['unknown_network']],
      ['linkedin', true, []],
    ]);
  });

  it('applies the policy it is given', async () => {
    const res = await owner.client.post<Validated>(URL, {
      targets: [{ network: 'bluesky', text: 'Δωρεάν δείγμα!', paid: true, media: [{ kind: 'image', mimeType: 'image/jpeg', bytes: 1000 }] }],
      policy: { requireAltText: true, bannedTerms: ['ΔΩΡΕΑΝ'], requiredDisclosure: { when: 'paid', text: '#ad' } },
    });
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.targets[0]!.problems.map((p) => [p.code, p.params]), [
      ['alt_text_required', { index: 0 }],
      ['banned_term', { term: 'ΔΩΡΕΑΝ' }],
      ['disclosure_required', { text: '#ad' }],
    ]);
  });

  it('refuses bad input with a 400 problem that names the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{}, 'body.targets'],
      [{ targets: [] }, 'body.targets'],
      [{ targets: Array.from({ length: 21 }, () => ({ network: 'x', text: 'hi' })) }, 'body.targets'],
      [{ targets: [{ network: 'x', text: 'a'.repeat(100_001) }] }, 'body.targets.0.text'],
      [{ targets: [{ network: 'x' }] }, 'body.targets.0.text'],
      [{ targets: [{ network: 'x', text: 'hi', media: [{ kind: 'gif', mimeType: 'image/gif', bytes: 1 }] }] }, 'body.targets.0.media.0.kind'],
      [{ targets: [{ network: 'x', text: 'hi', media: [{ kind: 'image', mimeType: 'jpeg', bytes: 1 }] }] }, 'body.targets.0.media.0.mimeType'],
      [{ targets: [{ network: 'x', text: 'hi', media: [{ kind: 'image', mimeType: 'image/jpeg', bytes: -1 }] }] }, 'body.targets.0.media.0.bytes'],
      // An unknown field is named in the message; the problem's field is the body.
      [{ targets: [{ network: 'x', text: 'hi', colour: 'red' }] }, 'body'],
      [{ targets: [{ network: 'x', text: 'hi' }], policy: { requiredDisclosure: { when: 'always', text: '#ad' } } }, 'body.policy.requiredDisclosure.when'],
    ];
    for (const [body, field] of cases) {
      const res = await owner.client.post<ProblemDocument>(URL, body);
      assert.equal(res.status, 400, JSON.stringify(body).slice(0, 200));
      assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
      assert.equal(res.body.code, 'validation_failed');
      assert.ok(res.body.problems.some((p) => p.field === field), `${field} in ${JSON.stringify(res.body.problems)}`);
    }
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await owner.client.post<ProblemDocument>(URL, '{"targets": [');
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'malformed_json');
  });

  it('is for signed-in people only', async () => {
    const res = await new TestClient(t.url).post<ProblemDocument>(URL, { targets: [{ network: 'x', text: 'hi' }] });
    assert.equal(res.status, 401);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
  });
});
