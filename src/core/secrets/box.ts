import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
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

  /** A key for one purpose (e.g. signing media URLs), derived from the current key so that no other setting is needed. */
  derive(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.current, Buffer.alloc(0), `canopy:${purpose}`, 32));
  }

  /** Whether a value is sealed under the current key (rotation skips those). */
  isCurrent(sealed: string): boolean {
    return sealed.split(':')[1] === keyId(this.current);
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

const KEY_FILE = 'secret.key';
const PREVIOUS_FILE = 'secret.previous.keys';
const fromBase64 = (k: string) => Buffer.from(k.trim(), 'base64');

/**
 * The key comes from CANOPY_SECRET_KEY when set (older ones from CANOPY_PREVIOUS_SECRET_KEYS);
 * otherwise from DATA_DIR/secret.key, created with mode 0600 on first start, with older keys in
 * DATA_DIR/secret.previous.keys while a rotation is under way.
 */
export async function loadSecretBox(opts: { secretKey: string | undefined; previousSecretKeys?: string[]; dataDir: string }): Promise<SecretBox> {
  if (opts.secretKey) return new SecretBox(fromBase64(opts.secretKey), (opts.previousSecretKeys ?? []).map(fromBase64));
  const file = path.join(opts.dataDir, KEY_FILE);
  await fs.mkdir(opts.dataDir, { recursive: true });
  try {
    await fs.writeFile(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  return new SecretBox(fromBase64(await fs.readFile(file, 'utf8')), await readPreviousKeys(opts.dataDir));
}

async function readPreviousKeys(dataDir: string): Promise<Buffer[]> {
  try {
    return (await fs.readFile(path.join(dataDir, PREVIOUS_FILE), 'utf8')).split('\n').filter(Boolean).map(fromBase64);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/**
 * Starts a rotation in the key file: a new current key, the old one kept beside it until every
 * secret is re-sealed. Returns the box that opens both.
 */
export async function rotateKeyFile(dataDir: string): Promise<SecretBox> {
  const file = path.join(dataDir, KEY_FILE);
  const old = (await fs.readFile(file, 'utf8')).trim();
  await fs.appendFile(path.join(dataDir, PREVIOUS_FILE), `${old}\n`, { mode: 0o600 });
  const tmp = `${file}.new`;
  await fs.writeFile(tmp, randomBytes(32).toString('base64'), { mode: 0o600 });
  await fs.rename(tmp, file);
  return loadSecretBox({ secretKey: undefined, dataDir });
}

/** Ends a rotation in the key file, once nothing is sealed under an older key. */
export async function forgetPreviousKeys(dataDir: string): Promise<void> {
  await fs.rm(path.join(dataDir, PREVIOUS_FILE), { force: true });
}
