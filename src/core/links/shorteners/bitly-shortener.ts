import type { Logger } from 'pino';
import type { NetworkHttp } from '../../../networks/http.ts';
import type { Shortener } from './shortener.ts';

export const bitlyApi = 'https://api-ssl.bitly.com';

/**
 * Bitly's v4 API (POST /v4/shorten with a Bearer token). A refused token, a spent quota or an
 * unreachable Bitly answers null: the post goes out with its long link, and the reason is logged.
 */
export function bitlyShortener(http: NetworkHttp, token: string, log: Logger, baseUrl = bitlyApi): Shortener {
  return {
    async shorten(url) {
      const res = await http.send({
        method: 'POST',
        url: `${baseUrl}/v4/shorten`,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ long_url: url }),
        timeoutMs: 10_000,
      });
      if ('kind' in res) {
        log.warn({ reason: res.reason, kind: res.kind }, 'links: Bitly could not be reached; the long link is kept');
        return null;
      }
      const body = res.json as { link?: unknown; message?: unknown; description?: unknown } | undefined;
      if ((res.status === 200 || res.status === 201) && typeof body?.link === 'string') return body.link;
      log.warn({ status: res.status, message: body?.message, description: body?.description }, 'links: Bitly refused to shorten a link; the long link is kept');
      return null;
    },
  };
}
