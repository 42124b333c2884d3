import { and, asc, eq, inArray } from 'drizzle-orm';
import { inboxRules, profiles, type InboxRuleActions, type InboxRuleConditions } from '../../../db/schema.ts';
import { recordAudit } from '../../audit/record-audit.ts';
import { uniqueName } from '../../campaigns/name-taken.ts';
import { AppError, notFound, type FieldProblem } from '../../errors.ts';
import { findTeam } from '../../teams/list-teams.ts';
import type { WorkspaceContext } from '../../types.ts';
import { inboxAssignees } from '../inbox-assignees.ts';

export interface InboxRuleView {
  id: string;
  name: string;
  position: number;
  enabled: boolean;
  conditions: InboxRuleConditions;
  actions: InboxRuleActions;
}

interface RuleInput {
  name: string;
  position: number;
  enabled: boolean;
  conditions: InboxRuleConditions;
  actions: InboxRuleActions;
}

const view = (r: typeof inboxRules.$inferSelect): InboxRuleView => ({ id: r.id, name: r.name, position: r.position, enabled: r.enabled, conditions: r.conditions, actions: r.actions });
const ofWorkspace = (ctx: WorkspaceContext, ruleId: string) => and(eq(inboxRules.id, ruleId), eq(inboxRules.workspaceId, ctx.workspace.id));

/** The workspace's automation rules, in the order they run. */
export async function listInboxRules(ctx: WorkspaceContext): Promise<InboxRuleView[]> {
  return (await ctx.db.select().from(inboxRules).where(eq(inboxRules.workspaceId, ctx.workspace.id)).orderBy(asc(inboxRules.position), asc(inboxRules.createdAt))).map(view);
}

/** What a rule names must be the workspace's own: its profiles, members who work the inbox, its teams. */
async function checkRule(ctx: WorkspaceContext, input: Pick<RuleInput, 'conditions' | 'actions'>): Promise<void> {
  const problems: FieldProblem[] = [];
  if (input.conditions.profileIds?.length) {
    const found = await ctx.db.select({ id: profiles.id }).from(profiles).where(and(eq(profiles.workspaceId, ctx.workspace.id), inArray(profiles.id, input.conditions.profileIds)));
    if (found.length !== new Set(input.conditions.profileIds).size) problems.push({ field: 'body.conditions.profileIds', message: 'names a profile that is not in this workspace' });
  }
  const assignable = new Set((await inboxAssignees(ctx)).map((a) => a.userId));
  if (input.actions.assign?.userIds.some((id) => !assignable.has(id))) problems.push({ field: 'body.actions.assign.userIds', message: 'names someone who does not work this workspace’s inbox' });
  if (input.actions.teamId && !(await findTeam(ctx, input.actions.teamId))) problems.push({ field: 'body.actions.teamId', message: 'is not a team of this workspace' });
  const acts = input.actions;
  if (!acts.addTags?.length && !acts.assign && !acts.teamId && !acts.hide) problems.push({ field: 'body.actions', message: 'give the rule something to do: tags, an assignment, a team, or hide' });
  if (problems.length) throw new AppError('validation_failed', 'The rule names something it cannot use.', { problems });
}

export async function createInboxRule(ctx: WorkspaceContext, input: RuleInput): Promise<InboxRuleView> {
  await checkRule(ctx, input);
  const [row] = await uniqueName('A rule', input.name, () => ctx.db.insert(inboxRules).values({ workspaceId: ctx.workspace.id, ...input }).returning());
  await recordAudit(ctx.db, { organizationId: ctx.workspace.organizationId, workspaceId: ctx.workspace.id, actorId: ctx.actor.userId, action: 'inbox_rule.created', targetType: 'inbox_rule', targetId: row!.id, details: { name: input.name } });
  return view(row!);
}

export async function updateInboxRule(ctx: WorkspaceContext, ruleId: string, input: Partial<RuleInput>): Promise<InboxRuleView> {
  const [current] = await ctx.db.select().from(inboxRules).where(ofWorkspace(ctx, ruleId));
  if (!current) throw notFound('The rule');
  await checkRule(ctx, { conditions: input.conditions ?? current.conditions, actions: input.actions ?? current.actions });
  const [row] = await uniqueName('A rule', input.name ?? current.name, () => ctx.db.update(inboxRules).set(input).where(ofWorkspace(ctx, ruleId)).returning());
  await recordAudit(ctx.db, { organizationId: ctx.workspace.organizationId, workspaceId: ctx.workspace.id, actorId: ctx.actor.userId, action: 'inbox_rule.updated', targetType: 'inbox_rule', targetId: ruleId });
  return view(row!);
}

export async function deleteInboxRule(ctx: WorkspaceContext, ruleId: string): Promise<void> {
  const gone = await ctx.db.delete(inboxRules).where(ofWorkspace(ctx, ruleId)).returning({ id: inboxRules.id });
  if (gone.length === 0) throw notFound('The rule');
  await recordAudit(ctx.db, { organizationId: ctx.workspace.organizationId, workspaceId: ctx.workspace.id, actorId: ctx.actor.userId, action: 'inbox_rule.deleted', targetType: 'inbox_rule', targetId: ruleId });
}
