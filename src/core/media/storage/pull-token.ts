import { createHmac, timingSafeEqual } from 'node:crypto';

/** The secret box derives the signing key for this purpose. */
export const PULL_URL_PURPOSE = 'media-pull-url';

/** 128 bits of HMAC-SHA256 is plenty for a link that lives a day, and keeps the URL short. */
const MAC_BYTES = 16;

/**
 * A token for Canopy's public media route: the media id and an expiry, with an HMAC over both, so a
 * network can fetch one file for a while and nothing else. Tampering or waiting it out gets null.
 * Binary inside, so that it fits in one path segment.
 */
export function signPullToken(key: Buffer, mediaId: string, expiresAt: Date): string {
  const body = Buffer.alloc(20);
  Buffer.from(mediaId.replace(/-/g, ''), 'hex').copy(body, 0);
  body.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 16);
  return `${body.toString('base64url')}.${mac(key, body).toString('base64url')}`;
}

export function verifyPullToken(key: Buffer, token: string, now: Date): { mediaId: string } | null {
  const [encoded, signature] = token.split('.');
  if (!encoded || !signature) return null;
  const body = Buffer.from(encoded, 'base64url');
  const given = Buffer.from(signature, 'base64url');
  if (body.length !== 20 || given.length !== MAC_BYTES || !timingSafeEqual(given, mac(key, body))) return null;
  if (body.readUInt32BE(16) * 1000 <= now.getTime()) return null;
  const hex = body.subarray(0, 16).toString('hex');
  return { mediaId: `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}` };
}

function mac(key: Buffer, body: Buffer): Buffer {
  return createHmac('sha256', key).update(body).digest().subarray(0, MAC_BYTES);
}
