import { accountJson } from '../../src/networks/mastodon/fixtures.ts';
import { FakeNetwork } from '../../src/networks/testing/fake-network.ts';

export interface FakeMastodon {
  server: FakeNetwork;
  /** The next sign-in is declined by the person, as Mastodon's authorize page reports it. */
  declineNext(): void;
}

const avatarSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><rect width="96" height="96" fill="#6f4e37"/><text x="48" y="62" font-size="44" text-anchor="middle" fill="#fff" font-family="sans-serif">AC</text></svg>';

/**
 * A Mastodon server on this machine that a browser can sign in to: it registers apps, and its
 * authorize page sends the person straight back to Canopy, with a code or with a refusal.
 */
export async function startFakeMastodon(): Promise<FakeMastodon> {
  let decline = false;
  const server = new FakeNetwork();
  server
    .on('POST /api/v1/apps', { body: { id: '1', name: 'Canopy', client_id: 'registered-id', client_secret: 'registered-secret', redirect_uri: 'x' } })
    .on('GET /oauth/authorize', (req) => {
      const back = new URL(req.query.get('redirect_uri') ?? '');
      back.searchParams.set('state', req.query.get('state') ?? '');
      if (decline) {
        decline = false;
        back.searchParams.set('error', 'access_denied');
        back.searchParams.set('error_description', 'The resource owner or authorization server denied the request.');
      } else {
        back.searchParams.set('code', 'authorization-code');
      }
      return { status: 302, headers: { location: back.toString() } };
    })
    .on('POST /oauth/token', { body: { access_token: 'mastodon-token', token_type: 'Bearer', scope: 'read write', created_at: 1795300000 } })
    .on('GET /api/v1/accounts/verify_credentials', () => ({
      body: accountJson({ username: 'acmecoffee', acct: 'acmecoffee', display_name: 'Acme Coffee', avatar: `${server.url}/avatar.svg`, avatar_static: `${server.url}/avatar.svg` }),
    }))
    .on('GET /avatar.svg', { headers: { 'content-type': 'image/svg+xml' }, body: avatarSvg });
  await server.start();
  return { server, declineNext: () => (decline = true) };
}
