import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { createLogger } from './log.ts';

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
