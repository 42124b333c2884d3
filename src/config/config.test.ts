import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childEnv, ConfigError, loadConfig } from './index.ts';

describe('config', () => {
  it('runs with no settings at all: port 3000, embedded database under ./data', () => {
    const c = loadConfig({});
    assert.equal(c.port, 3000);
    assert.equal(c.databaseUrl, undefined);
    assert.match(c.dataDir, /data$/);
    assert.equal(c.publicUrl, 'http://localhost:3000');
    assert.equal(c.secureCookies, false);
  });

  it('names every bad variable at once and says what it should be', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', CANOPY_SECRET_KEY: 'short', LOG_LEVEL: 'loud' });
      assert.fail('should have thrown');
    } catch (err) {
      assert.ok(err instanceof ConfigError);
      const names = err.problems.map((p) => p.split(':')[0]);
      assert.deepEqual(names.sort(), ['CANOPY_SECRET_KEY', 'DATABASE_URL', 'LOG_LEVEL', 'PORT']);
      assert.match(err.message, /DATABASE_URL: must be a postgres:\/\//);
      assert.match(err.message, /openssl rand -base64 32/);
    }
  });

  it('treats an empty variable as unset, and turns on secure cookies behind https', () => {
    const c = loadConfig({ PORT: '', PUBLIC_URL: 'https://social.example.com/' });
    assert.equal(c.port, 3000);
    assert.equal(c.publicUrl, 'https://social.example.com');
    assert.equal(c.secureCookies, true);
  });

  it('gives child processes a copy of the environment with variables set or removed', () => {
    const source = { PATH: '/bin', TZ: 'UTC', DATABASE_URL: 'postgres://x', EMPTY: undefined };
    assert.deepEqual(childEnv({ TZ: 'Pacific/Chatham', DATABASE_URL: undefined }, source), { PATH: '/bin', TZ: 'Pacific/Chatham' });
    assert.equal(source.TZ, 'UTC', 'the source is not changed');
  });
});
