import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { workspaces, type WorkspaceLinks } from '../../db/schema.ts';
import { notFound } from '../errors.ts';

/** The workspace's link settings as stored: the Bitly token still sealed. */
export async function storedLinkSettings(db: Db | Tx, workspaceId: string): Promise<WorkspaceLinks> {
  const [row] = await db.select({ links: workspaces.links }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!row) throw notFound('The workspace');
  return row.links;
}

/** What people are shown: never the token, only whether one is set. */
export interface LinkSettingsView {
  shortener: WorkspaceLinks['shortener'];
  bitlyTokenSet: boolean;
}

export function linkSettingsView(links: WorkspaceLinks): LinkSettingsView {
  return { shortener: links.shortener, bitlyTokenSet: Boolean(links.bitlyToken) };
}
