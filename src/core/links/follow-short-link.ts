import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { shortLinks } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

/** Counts a click on one of Canopy's short links and answers where it leads. */
export async function followShortLink(db: Db, code: string): Promise<string> {
  const [row] = await db
    .update(shortLinks)
    .set({ clicks: sql`${shortLinks.clicks} + 1` })
    .where(eq(shortLinks.code, code))
    .returning({ url: shortLinks.url });
  if (!row) throw notFound('The short link');
  return row.url;
}
