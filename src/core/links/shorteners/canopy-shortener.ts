import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { shortLinks } from '../../../db/schema.ts';
import type { Shortener } from './shortener.ts';

/** Letters and digits without the look-alikes (0/O, 1/l/I). */
const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function randomCode(length = 7): string {
  const bytes = randomBytes(length);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

/** Canopy's own short links, served at {publicUrl}/l/{code}; the same link in a workspace keeps one code. */
export function canopyShortener(db: Db, workspaceId: string, publicUrl: string): Shortener {
  return {
    async shorten(url) {
      for (let attempt = 0; attempt < 5; attempt++) {
        await db.insert(shortLinks).values({ code: randomCode(), workspaceId, url }).onConflictDoNothing();
        const [row] = await db
          .select({ code: shortLinks.code })
          .from(shortLinks)
          .where(and(eq(shortLinks.workspaceId, workspaceId), eq(shortLinks.url, url)));
        // Nothing stored means the random code was taken by another link: draw again.
        if (row) return `${publicUrl}/l/${row.code}`;
      }
      return null;
    },
  };
}
