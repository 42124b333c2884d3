import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { SecretBox } from '../../secrets/box.ts';
import { PULL_URL_PURPOSE, signPullToken, verifyPullToken } from './pull-token.ts';

describe('pull tokens', () => {
  const key = new SecretBox(randomBytes(32)).derive(PULL_URL_PURPOSE);
  const mediaId = randomUUID();
  const now = new Date('2026-03-01T10:00:00Z');
  const later = new Date('2026-03-01T10:10:00Z');

  it('name the media they were made for until they expire, in one short path segment', () => {
    const token = signPullToken(key, mediaId, later);
    assert.match(token, /^[\w-]+\.[\w-]+$/);
    assert.ok(token.length < 100);
    assert.deepEqual(verifyPullToken(key, token, now), { mediaId });
    assert.equal(verifyPullToken(key, token, new Date('2026-03-01T10:10:01Z')), null);
  });

  it('are refused when changed or signed with another key', () => {
    const token = signPullToken(key, mediaId, later);
    const [body, mac] = token.split('.');
    const bytes = Buffer.from(body!, 'base64url');
    const otherMedia = Buffer.from(bytes);
    otherMedia[0] = otherMedia[0]! ^ 1;
    assert.equal(verifyPullToken(key, `${otherMedia.toString('base64url')}.${mac}`, now), null);
    const extended = Buffer.from(bytes);
    extended.writeUInt32BE(extended.readUInt32BE(16) + 3600, 16);
    assert.equal(verifyPullToken(key, `${extended.toString('base64url')}.${mac}`, now), null);
    assert.equal(verifyPullToken(randomBytes(32), token, now), null);
    assert.equal(verifyPullToken(key, 'nonsense', now), null);
    assert.equal(verifyPullToken(key, `${body}.`, now), null);
  });

  it('come from a key each purpose derives on its own', () => {
    const box = new SecretBox(randomBytes(32));
    assert.deepEqual(box.derive('a'), box.derive('a'));
    assert.notDeepEqual(box.derive('a'), box.derive('b'));
  });
});
