import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Network } from '../api/types.ts';
import { connectKind, takesAppCredentials } from './connect-kind.ts';
import { displayHandle, serverHost } from './handle.ts';

function network(overrides: Partial<Network>): Network {
  return {
    id: 'linkedin',
    name: 'LinkedIn',
    color: '#0A66C2',
    authKind: 'oauth2',
    credentialFields: [],
    appCredentials: null,
    appCredentialsHelpUrl: null,
    capabilities: { publish: true, inbox: [], metrics: false, search: false },
    unavailable: null,
    text: { maxLength: 3000, counting: 'utf16' },
    ...overrides,
  };
}

describe('how a network connects', () => {
  it('tells apart unavailable, credential, per-server and OAuth networks', () => {
    assert.equal(connectKind(network({ id: 'snapchat', authKind: 'none', unavailable: 'Partners only.' })), 'unavailable');
    assert.equal(connectKind(network({ id: 'bluesky', authKind: 'app_password' })), 'credentials');
    assert.equal(connectKind(network({ id: 'mastodon' })), 'server');
    assert.equal(connectKind(network({})), 'needs_app');
    assert.equal(connectKind(network({ appCredentials: 'environment' })), 'oauth');
    assert.equal(connectKind(network({ appCredentials: 'organization' })), 'oauth');
  });

  it('asks for organization app credentials only for OAuth networks with one app for all', () => {
    assert.equal(takesAppCredentials(network({})), true);
    assert.equal(takesAppCredentials(network({ id: 'mastodon' })), false);
    assert.equal(takesAppCredentials(network({ id: 'bluesky', authKind: 'app_password' })), false);
    assert.equal(takesAppCredentials(network({ id: 'snapchat', authKind: 'none', unavailable: 'Partners only.' })), false);
  });
});

describe('handles and servers', () => {
  it('writes handles with one @, and leaves page names alone', () => {
    assert.equal(displayHandle('alice.bsky.social'), '@alice.bsky.social');
    assert.equal(displayHandle('@alice'), '@alice');
    assert.equal(displayHandle('ana@mastodon.social'), '@ana@mastodon.social');
    assert.equal(displayHandle('Acme Coffee Roasters'), 'Acme Coffee Roasters');
    assert.equal(displayHandle('acmecoffee', { subAccount: true }), 'acmecoffee');
  });

  it('names a server by its host', () => {
    assert.equal(serverHost('https://bsky.social'), 'bsky.social');
    assert.equal(serverHost('http://localhost:2583/'), 'localhost:2583');
    assert.equal(serverHost(null), null);
  });
});
