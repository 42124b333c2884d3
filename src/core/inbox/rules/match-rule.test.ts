import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchesRule, type RuleSubject } from './match-rule.ts';

const settings = { businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, slaMinutes: null };
const hours = { zone: 'Europe/Belgrade', settings };
const subject: RuleSubject = {
  network: 'bluesky',
  profileId: 'p1',
  kind: 'comment',
  sentiment: 'negative',
  authorHandle: 'Milica.bsky.social',
  text: 'Где је моја ПОРУЏБИНА?',
  // Monday 2026-11-23 10:00 in Belgrade.
  receivedAt: new Date('2026-11-23T09:00:00Z'),
};

describe('an automation rule’s conditions', () => {
  it('holds only when every condition given holds', () => {
    assert.equal(matchesRule(subject, {}, hours), true);
    assert.equal(matchesRule(subject, { keywords: ['поруџбина'], networks: ['bluesky'], kinds: ['comment'], sentiments: ['negative'] }, hours), true);
    assert.equal(matchesRule(subject, { keywords: ['поруџбина'], networks: ['x'] }, hours), false);
    assert.equal(matchesRule(subject, { authors: ['@milica.bsky.social'] }, hours), true, 'handles compare without @ and case');
    assert.equal(matchesRule(subject, { profileIds: ['p2'] }, hours), false);
  });

  it('tells inside from outside business hours in the workspace zone', () => {
    assert.equal(matchesRule(subject, { businessHours: 'inside' }, hours), true);
    assert.equal(matchesRule(subject, { businessHours: 'outside' }, hours), false);
    const evening = { ...subject, receivedAt: new Date('2026-11-23T17:30:00Z') };
    assert.equal(matchesRule(evening, { businessHours: 'outside' }, hours), true);
    const saturday = { ...subject, receivedAt: new Date('2026-11-21T10:00:00Z') };
    assert.equal(matchesRule(saturday, { businessHours: 'inside' }, hours), false);
  });
});
