import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { loadSecretBox, SecretBox } from './box.ts';

describe('secret box', () => {
  it('seals with a fresh nonce each time and opens what it sealed', () => {
    const box = new SecretBox(randomBytes(32));
    const a = box.seal('app-password-ελληνικά-ไทย');
    const b = box.seal('app-password-ελληνικά-ไทย');
    assert.notEqual(a, b);
    assert.ok(!a.includes('app-password'));
    assert.equal(box.open(a), 'app-password-ελληνικά-ไทย');
  });

  it('refuses a value that was tampered with', () => {
    const box = new SecretBox(randomBytes(32));
    const sealed = box.seal('secret');
    const parts = sealed.split(':');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    assert.throws(() => box.open(parts.join(':')));
  });

  it('opens values sealed under an older key after rotation', () => {
    const oldKey = randomBytes(32);
    const sealed = new SecretBox(oldKey).seal('token');
    const rotated = new SecretBox(randomBytes(32), [oldKey]);
    assert.equal(rotated.open(sealed), 'token');
    assert.throws(() => new SecretBox(randomBytes(32)).open(sealed), /no longer has/);
  });

  it('generates a key file readable only by its owner, and reuses it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'canopy-key-'));
    try {
      const first = await loadSecretBox({ secretKey: undefined, dataDir: dir });
      const stat = await fs.stat(path.join(dir, 'secret.key'));
      assert.equal(stat.mode & 0o777, 0o600);
      const second = await loadSecretBox({ secretKey: undefined, dataDir: dir });
      assert.equal(second.open(first.seal('x')), 'x');
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
