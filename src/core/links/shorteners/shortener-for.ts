import type { WorkspaceLinks } from '../../../db/schema.ts';
import type { AppContext } from '../../types.ts';
import { bitlyApi, bitlyShortener } from './bitly-shortener.ts';
import { canopyShortener } from './canopy-shortener.ts';
import type { Shortener } from './shortener.ts';

/** The workspace's chosen shortener, or null when links go out as they are. */
export function shortenerFor(ctx: AppContext, workspaceId: string, links: WorkspaceLinks): Shortener | null {
  switch (links.shortener) {
    case 'none':
      return null;
    case 'canopy':
      return canopyShortener(ctx.db, workspaceId, ctx.config.publicUrl);
    case 'bitly': {
      if (!links.bitlyToken) return null;
      const token = ctx.secrets.open(links.bitlyToken);
      return bitlyShortener(ctx.networkHttp(`bitly:${workspaceId}`), token, ctx.log, ctx.config.networkEndpoints.bitly ?? bitlyApi);
    }
  }
}
