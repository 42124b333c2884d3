import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Post } from '../posts/types.ts';
import { mayReschedule } from './may-reschedule.ts';

const post = (over: Partial<Post>): Post => ({
  id: 'p1',
  status: 'scheduled',
  text: 'Hello',
  authorId: 'ana',
  paid: false,
  tags: [],
  campaignId: null,
  approval: null,
  schedule: { date: '2026-11-20', time: '09:00', zone: 'Europe/Athens', at: '2026-11-20T07:00:00.000Z' },
  createdAt: '2026-11-01T00:00:00.000Z',
  targets: [],
  ...over,
});

describe('who may move a post in the calendar', () => {
  const creator = { userId: 'ana', permissions: ['calendar.read', 'posts.draft'] as const };
  const other = { userId: 'ben', permissions: ['calendar.read', 'posts.draft'] as const };
  const manager = { userId: 'cleo', permissions: ['calendar.read', 'posts.draft', 'posts.approve'] as const };

  it('lets the author and an approver move it, nobody else', () => {
    assert.equal(mayReschedule(post({}), creator), true);
    assert.equal(mayReschedule(post({}), manager), true);
    assert.equal(mayReschedule(post({}), other), false);
  });

  it('keeps posts that are going out, out, or failed on the way where they are', () => {
    for (const status of ['publishing', 'published', 'partially_published', 'failed'] as const) {
      assert.equal(mayReschedule(post({ status }), manager), false, status);
    }
    for (const status of ['draft', 'pending_approval', 'changes_requested', 'rejected', 'approval_missed'] as const) {
      assert.equal(mayReschedule(post({ status }), creator), true, status);
    }
  });

  it('needs a schedule to move', () => {
    assert.equal(mayReschedule(post({ status: 'draft', schedule: null }), creator), false);
  });
});
