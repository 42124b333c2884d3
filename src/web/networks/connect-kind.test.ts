import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Network } from '../api/types.ts';
import { connectKind, connectWays, handleInput, oauthWay, serverExample, takesAppCredentials, usesAppPassword } from './connect-kind.ts';
import { displayHandle, serverHost } from './handle.ts';

function network(overrides: Partial<Network>): Network {
  return {
    id: 'linkedin',
    name: 'LinkedIn',
    color: '#0A66C2',
    authKind: 'oauth2',
    connectVia: ['oauth2'],
    needsAppCredentials: true,
    registersPerServer: false,
    credentialFields: [],
    appCredentials: null,
    appCredentialsHelpUrl: null,
    capabilities: { publish: true, inbox: [], metrics: false, search: false },
    unavailable: null,
    text: { maxLength: 3000, counting: 'utf16' },
    compose: { threads: false, firstComment: true, linkField: true, linkPreview: true, requiresMedia: false, maxMedia: 9 },
    ...overrides,
  };
}

/** As GET /api/v1/networks describes them. */
const snapchat = network({ id: 'snapchat', authKind: 'none', connectVia: [], needsAppCredentials: false, unavailable: 'Partners only.' });
const mastodon = network({ id: 'mastodon', needsAppCredentials: false, registersPerServer: true });
const bluesky = network({
  id: 'bluesky',
  authKind: 'app_password',
  connectVia: ['credentials', 'oauth2'],
  needsAppCredentials: false,
  credentialFields: [
    { name: 'service', secret: false, defaultValue: 'https://bsky.social' },
    { name: 'identifier', secret: false },
    { name: 'appPassword', secret: true },
  ],
});
const whatsapp = network({
  id: 'whatsapp',
  authKind: 'app_password',
  connectVia: ['credentials'],
  needsAppCredentials: false,
  credentialFields: [
    { name: 'phoneNumberId', secret: false },
    { name: 'accessToken', secret: true },
  ],
});

describe('how a network connects', () => {
  it('tells apart unavailable, credential, per-server, OAuth and two-way networks by what the API says', () => {
    assert.equal(connectKind(snapchat), 'unavailable');
    assert.equal(connectKind(whatsapp), 'credentials');
    assert.equal(connectKind(mastodon), 'server');
    assert.equal(connectKind(network({})), 'needs_app');
    assert.equal(connectKind(network({ appCredentials: 'environment' })), 'oauth');
    assert.equal(connectKind(network({ appCredentials: 'organization' })), 'oauth');
    assert.equal(connectKind(bluesky), 'choice');
    // Networks the app knows nothing of: per server, or needing no app credentials, because the API says so.
    assert.equal(connectKind(network({ id: 'pixelfed', needsAppCredentials: false, registersPerServer: true })), 'server');
    assert.equal(connectKind(network({ id: 'someday', needsAppCredentials: false })), 'oauth');
    // Whatever ways it lists, a network Canopy cannot use is not connected.
    assert.equal(connectKind(network({ unavailable: 'Gone.' })), 'unavailable');
  });

  it('offers Bluesky signing in with a handle first, then an app password', () => {
    assert.deepEqual(connectWays(bluesky), ['handle', 'credentials']);
    assert.equal(oauthWay(bluesky), 'handle');
    assert.equal(oauthWay(mastodon), 'server');
    assert.equal(oauthWay(whatsapp), null);
    assert.deepEqual(connectWays(whatsapp), ['credentials']);
    assert.deepEqual(connectWays(snapchat), []);
    assert.equal(usesAppPassword(bluesky), true);
    assert.equal(usesAppPassword(whatsapp), false);
  });

  it('asks for organization app credentials only for OAuth networks that need them', () => {
    assert.equal(takesAppCredentials(network({})), true);
    assert.equal(takesAppCredentials(network({ appCredentials: 'organization' })), true);
    assert.equal(takesAppCredentials(mastodon), false);
    assert.equal(takesAppCredentials(bluesky), false);
    assert.equal(takesAppCredentials(whatsapp), false);
    assert.equal(takesAppCredentials(snapchat), false);
  });

  it('reads a handle as people type it', () => {
    assert.equal(handleInput(' @alice.bsky.social '), 'alice.bsky.social');
    assert.equal(handleInput('acmecoffee.com'), 'acmecoffee.com');
    assert.equal(handleInput('did:plc:ewvi7nxzyoun6zhxrhs64oiz'), 'did:plc:ewvi7nxzyoun6zhxrhs64oiz');
    assert.equal(handleInput('alice'), null);
    assert.equal(handleInput('alice@example.com'), null);
    assert.equal(handleInput('https://bsky.social'), null);
    assert.equal(handleInput('alice bsky.social'), null);
  });

  it('shows an example server for per-server networks', () => {
    assert.equal(serverExample(mastodon), 'https://mastodon.social');
    assert.equal(serverExample({ id: 'pixelfed' }), 'https://example.social');
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
