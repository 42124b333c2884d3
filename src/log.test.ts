import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { buildServer } from './api/server.ts';
import { loadConfig } from './config/index.ts';
import { createAppContext } from './core/app-context.ts';
import { SecretBox } from './core/secrets/box.ts';
import { createLogger } from './log.ts';
import { createTestDatabase } from './testing/database.ts';

describe('logging', () => {
  it('writes structured JSON with secrets redacted', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const log = createLogger({ logLevel: 'info' }, sink);
    log.info(
      {
        req: { headers: { authorization: 'Bearer canopy_secret', cookie: 'canopy_session=cs_secret' } },
        body: { email: 'a@b.co', password: 'hunter2hunter2', totp: '123456' },
        profile: { accessToken: 'at-secret', refreshToken: 'rt-secret', appPassword: 'app-secret' },
      },
      'signed in',
    );
    const entry = JSON.parse(lines[0]!);
    assert.equal(entry.msg, 'signed in');
    assert.equal(entry.body.email, 'a@b.co');
    for (const secret of ['canopy_secret', 'cs_secret', 'hunter2', '123456', 'at-secret', 'rt-secret', 'app-secret']) {
      assert.ok(!lines[0]!.includes(secret), `${secret} must not be logged`);
    }
  });
});

describe('request logs', () => {
  it('never carry an invitation token from the path', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const config = loadConfig({ LOG_LEVEL: 'info' });
    const database = await createTestDatabase();
    const server = await buildServer({
      app: createAppContext({ db: database.db, config, secrets: new SecretBox(Buffer.alloc(32)), log: createLogger(config, sink) }),
      queue: null,
    });
    try {
      const token = `ci_${'A'.repeat(43)}`;
      const res = await server.inject({ method: 'GET', url: `/api/v1/invitations/${token}`, headers: { authorization: 'Bearer canopy_abcdefghijklmnopqrstuvwxyz' } });
      assert.equal(res.statusCode, 401);
      const text = lines.join('');
      assert.match(text, /invitations\/ci_\[redacted\]/);
      assert.ok(!text.includes(token) && !text.includes('canopy_abcdefghijklmnopqrstuvwxyz'));
    } finally {
      await server.close();
      await database.close();
    }
  });
});
