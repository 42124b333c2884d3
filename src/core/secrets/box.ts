import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const VERSION = 'v1';

/**
 * Encrypts secrets at rest with AES-256-GCM: a random 96-bit nonce per value, and the key's id
 * stored beside each value so that older keys can still open what they sealed during a rotation.
 */
export class SecretBox {
  private readonly keys: Map<string, Buffer>;

  constructor(
    private readonly current: Buffer,
    older: Buffer[] = [],
  ) {
    if (current.length !== 32) throw new Error('The secret key must be 32 bytes.');
    this.keys = new Map([current, ...older].map((k) => [keyId(k), k]));
  }

  seal(plaintext: string): string {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.current, nonce);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [VERSION, keyId(this.current), nonce.toString('base64url'), body.toString('base64url')].join(':');
  }

  open(sealed: string): string {
    const [version, id, nonce, body] = sealed.split(':');
    if (version !== VERSION || !id || !nonce || !body) throw new Error('Not a sealed secret.');
    const key = this.keys.get(id);
    if (!key) throw new Error('This secret was sealed with a key Canopy no longer has.');
    const raw = Buffer.from(body, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
    decipher.setAuthTag(raw.subarray(raw.length - 16));
    return Buffer.concat([decipher.update(raw.subarray(0, raw.length - 16)), decipher.final()]).toString('utf8');
  }
}

function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 8);
}

/**
 * The key comes from CANOPY_SECRET_KEY when set; otherwise from DATA_DIR/secret.key, created
 * with mode 0600 on first start.
 */
export async function loadSecretBox(opts: { secretKey: string | undefined; dataDir: string }): Promise<SecretBox> {
  if (opts.secretKey) return new SecretBox(Buffer.from(opts.secretKey, 'base64'));
  const file = path.join(opts.dataDir, 'secret.key');
  await fs.mkdir(opts.dataDir, { recursive: true });
  try {
    await fs.writeFile(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return new SecretBox(Buffer.from((await fs.readFile(file, 'utf8')).trim(), 'base64'));
}
