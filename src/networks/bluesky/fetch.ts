import type { NetworkHttp } from '../http.ts';

/** Calls that spend the account's write points, which Bluesky budgets apart from reads. */
const WRITES = /\/xrpc\/com\.atproto\.repo\.(createRecord|putRecord|deleteRecord|applyWrites)$/;
/** Session calls have their own, much smaller, allowance; OAuth token and PAR requests are the same kind. */
const SESSION = /(\/xrpc\/com\.atproto\.server\.(createSession|refreshSession)|^\/oauth\/(par|token|revoke))$/;

/** Which NetworkHttp budget a call spends. */
export function bucketOf(url: URL): 'write' | 'session' | 'read' {
  if (WRITES.test(url.pathname)) return 'write';
  if (SESSION.test(url.pathname)) return 'session';
  return 'read';
}

/** A fetch over NetworkHttp that spends, for each request, the budget its URL belongs to. */
export function budgetedFetch(http: NetworkHttp): typeof globalThis.fetch {
  const fetchers = { write: http.asFetch('write'), session: http.asFetch('session'), read: http.asFetch('read') };
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    return fetchers[bucketOf(url)](input, init);
  };
}
