import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Post } from '../posts/types.ts';
import { draftFromPost, effectiveVariant, newDraft, postBody, validateBody, wallTime, type ComposeDraft } from './draft.ts';

const now = new Date('2026-03-29T00:20:00Z');

function target(network: string, patch: Partial<Post['targets'][number]> = {}): Post['targets'][number] {
  return {
    id: `t-${network}`,
    profileId: `p-${network}`,
    network,
    text: 'สวัสดี #กาแฟ',
    threadParts: [],
    firstComment: null,
    link: null,
    mediaIds: ['m1'],
    status: 'scheduled',
    remoteUrl: null,
    failureReason: null,
    publishedAt: null,
    ...patch,
  };
}

const savedPost: Post = {
  id: 'post-1',
  status: 'scheduled',
  text: 'สวัสดี #กาแฟ',
  authorId: 'u1',
  paid: true,
  tags: ['spring'],
  campaignId: 'c1',
  approval: null,
  schedule: { date: '2026-04-02', time: '09:30', zone: 'Asia/Bangkok', at: '2026-04-02T02:30:00.000Z' },
  createdAt: '2026-03-28T10:00:00.000Z',
  targets: [target('bluesky'), target('mastodon', { text: 'สวัสดีชาวแมสโทดอน', threadParts: ['ตอนที่สอง'], mediaIds: [] })],
};

describe('wallTime and newDraft', () => {
  it('reads an instant as the wall date and time of the workspace zone, not the machine (Athens an hour before its clocks go forward)', () => {
    assert.deepEqual(wallTime(new Date('2026-03-29T00:20:00Z'), 'Europe/Athens'), { date: '2026-03-29', time: '02:20' });
    assert.deepEqual(wallTime(new Date('2026-03-29T00:20:00Z'), 'America/New_York'), { date: '2026-03-28', time: '20:20' });
  });

  it('starts at the calendar’s instant, or at the next full hour', () => {
    assert.deepEqual([newDraft('Asia/Bangkok', null, now).date, newDraft('Asia/Bangkok', null, now).time], ['2026-03-29', '08:00']);
    const at = newDraft('Europe/Athens', new Date('2026-05-01T06:45:00Z'), now);
    assert.deepEqual([at.date, at.time, at.when, at.profileIds], ['2026-05-01', '09:45', 'schedule', []]);
  });
});

describe('draftFromPost', () => {
  it('keeps what the networks share in the draft and what differs as variants', () => {
    const draft = draftFromPost(savedPost, 'Asia/Bangkok', now);
    assert.deepEqual(draft.profileIds, ['p-bluesky', 'p-mastodon']);
    assert.deepEqual([draft.date, draft.time, draft.when], ['2026-04-02', '09:30', 'schedule']);
    assert.deepEqual([draft.tags, draft.campaignId, draft.paid, draft.mediaIds], [['spring'], 'c1', true, ['m1']]);
    assert.equal(draft.variants.bluesky, undefined);
    assert.deepEqual(draft.variants.mastodon, { text: 'สวัสดีชาวแมสโทดอน', threadParts: ['ตอนที่สอง'], firstComment: '', link: '', mediaIds: [] });
    assert.equal(effectiveVariant(draft, 'bluesky').text, 'สวัสดี #กาแฟ');
  });

  it('reads an unscheduled post as a draft', () => {
    assert.equal(draftFromPost({ ...savedPost, status: 'draft', schedule: null }, 'Asia/Bangkok', now).when, 'draft');
  });
});

describe('postBody', () => {
  const draft: ComposeDraft = {
    ...newDraft('Asia/Bangkok', new Date('2026-04-02T02:30:00Z'), now),
    profileIds: ['p1', 'p2'],
    text: 'สวัสดี',
    variants: {
      mastodon: { text: 'สวัสดีชาวแมสโทดอน', threadParts: ['ตอนที่สอง', '  '], firstComment: '', link: ' https://acme.example ', mediaIds: null },
      x: { text: null, threadParts: [], firstComment: '', link: '', mediaIds: null },
      linkedin: { text: 'not chosen', threadParts: [], firstComment: '', link: '', mediaIds: null },
    },
  };

  it('sends the shared post, the time, and only the variants of chosen networks that say something of their own', () => {
    assert.deepEqual(postBody(draft, ['bluesky', 'mastodon', 'x'], { asDraft: false, edit: false }), {
      profileIds: ['p1', 'p2'],
      text: 'สวัสดี',
      variants: { mastodon: { text: 'สวัสดีชาวแมสโทดอน', threadParts: ['ตอนที่สอง'], link: 'https://acme.example' } },
      schedule: { date: '2026-04-02', time: '09:30' },
    });
  });

  it('asks for the queue, a draft, or a draft with its time to submit for approval', () => {
    assert.equal(postBody({ ...draft, when: 'queue' }, ['bluesky'], { asDraft: false, edit: false }).queue, true);
    assert.equal(postBody({ ...draft, when: 'draft' }, ['bluesky'], { asDraft: false, edit: false }).draft, true);
    const submitted = postBody({ ...draft, tags: ['a'], campaignId: 'c1', paid: true }, ['bluesky'], { asDraft: true, edit: false });
    assert.deepEqual([submitted.draft, submitted.schedule, submitted.tags, submitted.campaignId, submitted.paid], [true, { date: '2026-04-02', time: '09:30' }, ['a'], 'c1', true]);
  });

  it('sends what an edit emptied, so the saved post loses it too', () => {
    const edited = postBody({ ...draft, when: 'draft' }, ['bluesky'], { asDraft: false, edit: true });
    assert.deepEqual([edited.mediaIds, edited.tags, edited.campaignId, edited.paid, edited.draft], [[], [], null, false, true]);
  });
});

describe('validateBody', () => {
  it('checks each network’s own text and media, then its thread parts, and says which is which', () => {
    const draft: ComposeDraft = {
      ...newDraft('UTC', null, now),
      text: 'hello',
      mediaIds: ['m1', 'gone'],
      paid: true,
      variants: { mastodon: { text: 'toot', threadParts: ['two', '', 'three'], firstComment: '', link: '', mediaIds: [] } },
    };
    const media = (id: string) => (id === 'm1' ? { kind: 'image' as const, mimeType: 'image/png', bytes: 10 } : undefined);
    const { body, parts } = validateBody(draft, ['bluesky', 'mastodon'], media);
    assert.deepEqual(body.targets, [
      { network: 'bluesky', text: 'hello', media: [{ kind: 'image', mimeType: 'image/png', bytes: 10 }], paid: true },
      { network: 'mastodon', text: 'toot', paid: true },
      { network: 'mastodon', text: 'two' },
      { network: 'mastodon', text: 'three' },
    ]);
    assert.deepEqual(parts, [
      { network: 'bluesky', part: 0 },
      { network: 'mastodon', part: 0 },
      { network: 'mastodon', part: 1 },
      { network: 'mastodon', part: 3 },
    ]);
  });
});
