import { eq } from 'drizzle-orm';
import { workspaces, type WorkspaceLinks } from '../../db/schema.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { AppError } from '../errors.ts';
import type { WorkspaceContext } from '../types.ts';
import { linkSettingsView, storedLinkSettings, type LinkSettingsView } from './link-settings.ts';

/** Chooses the shortener; a new Bitly token is sealed, and one left out keeps the token already set. */
export async function updateLinkSettings(ctx: WorkspaceContext, input: { shortener: WorkspaceLinks['shortener']; bitlyToken?: string | undefined }): Promise<LinkSettingsView> {
  return ctx.db.transaction(async (tx) => {
    const current = await storedLinkSettings(tx, ctx.workspace.id);
    const bitlyToken = input.bitlyToken ? ctx.secrets.seal(input.bitlyToken) : current.bitlyToken;
    if (input.shortener === 'bitly' && !bitlyToken) {
      throw new AppError('validation_failed', 'Bitly needs an access token.', { problems: [{ field: 'body.bitlyToken', message: 'paste a Bitly access token' }] });
    }
    const links: WorkspaceLinks = { shortener: input.shortener, ...(bitlyToken && { bitlyToken }) };
    await tx.update(workspaces).set({ links }).where(eq(workspaces.id, ctx.workspace.id));
    await recordAudit(tx, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      actorId: ctx.actor.userId,
      action: 'workspace.links_updated',
      targetType: 'workspace',
      targetId: ctx.workspace.id,
      details: { shortener: input.shortener, bitlyTokenChanged: Boolean(input.bitlyToken) },
    });
    return linkSettingsView(links);
  });
}
