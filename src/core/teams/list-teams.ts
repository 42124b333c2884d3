import { asc, eq, inArray } from 'drizzle-orm';
import { teamMembers, teams } from '../../db/schema.ts';
import type { WorkspaceContext } from '../types.ts';

export interface TeamView {
  id: string;
  kind: 'customer_care' | 'sales' | 'custom';
  /** A custom team's name; the built-in teams are named in the reader's language. */
  name: string | null;
  memberIds: string[];
}

/** The workspace's teams: customer care and sales first, then its own by name. */
export async function listTeams(ctx: WorkspaceContext): Promise<TeamView[]> {
  const rows = await ctx.db.select().from(teams).where(eq(teams.workspaceId, ctx.workspace.id)).orderBy(asc(teams.kind), asc(teams.name));
  const members = rows.length ? await ctx.db.select().from(teamMembers).where(inArray(teamMembers.teamId, rows.map((r) => r.id))) : [];
  const order = { customer_care: 0, sales: 1, custom: 2 } as const;
  return rows
    .map((r) => ({ id: r.id, kind: r.kind, name: r.name, memberIds: members.filter((m) => m.teamId === r.id).map((m) => m.userId) }))
    .sort((a, b) => order[a.kind] - order[b.kind] || (a.name ?? '').localeCompare(b.name ?? ''));
}

export async function findTeam(ctx: WorkspaceContext, teamId: string): Promise<TeamView | undefined> {
  return (await listTeams(ctx)).find((t) => t.id === teamId);
}
