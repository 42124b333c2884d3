import type { AdapterSession } from '../adapter.ts';
import type { RecordedRequest } from '../testing/fake-network.ts';
import { testSession } from '../testing/session.ts';

/** Test helpers for the Threads contract tests. */
export const USER = 'th-1';

export function threadsSession(): AdapterSession {
  return testSession({ account: { remoteId: USER, handle: 'canopy_test' }, credentials: { accessToken: 'threads-token' } });
}

/** Threads takes the token as the access_token query parameter, never as a header. */
export function carriedThreadsToken(req: RecordedRequest | undefined): boolean {
  return req?.query.get('access_token') === 'threads-token' && req.headers.authorization === undefined;
}
