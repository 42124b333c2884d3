import type { WorkspaceContext } from '../types.ts';
import { linkSettingsView, storedLinkSettings, type LinkSettingsView } from './link-settings.ts';

export async function getLinkSettings(ctx: WorkspaceContext): Promise<LinkSettingsView> {
  return linkSettingsView(await storedLinkSettings(ctx.db, ctx.workspace.id));
}
