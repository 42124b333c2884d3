import { eq } from 'drizzle-orm';
import { campaigns, profiles } from '../../db/schema.ts';
import { needsApproval } from '../approvals/needs-approval.ts';
import { composePolicyOf } from '../compose/compose-policy-of.ts';
import { validateTargets } from '../compose/validate-targets.ts';
import { AppError } from '../errors.ts';
import { getPolicy } from '../policy-settings/get-policy.ts';
import { resolveWallTime } from '../schedules/resolve-wall-time.ts';
import type { WorkspaceContext } from '../types.ts';
import { getWorkspace } from '../workspaces/get-workspace.ts';
import type { ImportPreview, ImportPreviewRow, ImportReadyRow, ImportRowError } from './import-row.ts';
import { readCsv, type CsvRecord } from './read-csv.ts';

type Profile = { id: string; network: string; handle: string };

const split = (value: string | undefined, by: RegExp) => (value ?? '').split(by).map((s) => s.trim()).filter(Boolean);
const bare = (handle: string) => handle.replace(/^@/, '').toLowerCase();

/**
 * Reads a CSV of posts and checks every row as it would be created: its profiles (by handle, or
 * network:handle when a handle is on several networks), its date and time on the workspace's clock
 * (not in the past), its text against each network's limits and, when the policy blocks, the policy.
 */
export async function previewImport(ctx: WorkspaceContext, input: { csv: string }): Promise<ImportPreview & { ready: ImportReadyRow[] }> {
  const records = readCsv(input.csv);
  const [workspace, policy, owned, named, asDrafts] = await Promise.all([
    getWorkspace(ctx),
    getPolicy(ctx.db, ctx.workspace.id),
    ctx.db.select({ id: profiles.id, network: profiles.network, handle: profiles.handle }).from(profiles).where(eq(profiles.workspaceId, ctx.workspace.id)),
    ctx.db.select({ id: campaigns.id, name: campaigns.name }).from(campaigns).where(eq(campaigns.workspaceId, ctx.workspace.id)),
    needsApproval(ctx),
  ]);
  const composePolicy = policy.enforce === 'block' ? composePolicyOf(policy) : undefined;
  const now = ctx.now();
  const rows: ImportPreviewRow[] = [];
  const ready: ImportReadyRow[] = [];

  records.forEach((record, index) => {
    const errors: ImportRowError[] = [];
    const handles = split(record.profiles, /[|\s,]+/);
    const chosen = new Map<string, Profile>();
    if (handles.length === 0) errors.push({ code: 'profiles_missing', message: 'Name at least one profile by its handle.' });
    for (const handle of handles) {
      const found = findProfile(owned, handle);
      if (found.kind === 'one') chosen.set(found.profile.id, found.profile);
      else if (found.kind === 'none') errors.push({ code: 'profile_unknown', message: `No profile in this workspace has the handle "${handle}".`, params: { handle } });
      else errors.push({ code: 'profile_ambiguous', message: `"${handle}" is a handle on several networks: write network:handle.`, params: { handle } });
    }
    const text = record.text ?? '';
    if (!text) errors.push({ code: 'text_missing', message: 'The text is empty.' });
    errors.push(...checkWhen(record, workspace.timezone, now));
    const campaignName = record.campaign || null;
    const campaign = campaignName ? named.find((c) => c.name.toLowerCase() === campaignName.toLowerCase()) : undefined;
    if (campaignName && !campaign) errors.push({ code: 'campaign_unknown', message: `There is no campaign called "${campaignName}".`, params: { name: campaignName } });
    const link = record.link || null;
    if (link && !/^https?:\/\/\S+$/i.test(link)) errors.push({ code: 'link_invalid', message: `"${link}" is not an http(s) link.`, params: { value: link } });
    if (text && chosen.size > 0) {
      const networks = [...new Set([...chosen.values()].map((p) => p.network))];
      const results = validateTargets((network) => ctx.networks.get(network)?.manifest, { targets: networks.map((network) => ({ network, text })), policy: composePolicy });
      for (const result of results) {
        for (const problem of result.problems) errors.push({ code: `compose.${problem.code}`, message: `${result.network}: ${problem.message}`, params: { network: result.network } });
      }
    }
    const tags = split(record.tags, /[|,]+/);
    const row = index + 1;
    rows.push({ row, profiles: handles, profileIds: [...chosen.keys()], text, date: record.date ?? '', time: record.time ?? '', tags, campaign: campaignName, link, errors });
    if (errors.length === 0) ready.push({ row, profileIds: [...chosen.keys()], text, date: record.date!, time: record.time!, tags, campaignId: campaign?.id ?? null, link });
  });
  return { rows, valid: ready.length, invalid: rows.length - ready.length, asDrafts, ready };
}

function findProfile(owned: Profile[], written: string): { kind: 'one'; profile: Profile } | { kind: 'none' } | { kind: 'many' } {
  const colon = written.indexOf(':');
  const network = colon > 0 ? written.slice(0, colon).toLowerCase() : null;
  const handle = bare(colon > 0 ? written.slice(colon + 1) : written);
  const matches = owned.filter((p) => bare(p.handle) === handle && (network === null || p.network === network));
  if (matches.length === 1) return { kind: 'one', profile: matches[0]! };
  return matches.length === 0 ? { kind: 'none' } : { kind: 'many' };
}

function checkWhen(record: CsvRecord, zone: string, now: Date): ImportRowError[] {
  const date = record.date ?? '';
  const time = record.time ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return [{ code: 'date_invalid', message: `"${date}" is not a date written YYYY-MM-DD.`, params: { value: date } }];
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return [{ code: 'time_invalid', message: `"${time}" is not a time written HH:mm.`, params: { value: time } }];
  try {
    const when = resolveWallTime({ date, time, zone });
    if (when.utc <= now) return [{ code: 'time_past', message: `${date} ${time} has already passed in ${zone}.`, params: { date, time, zone } }];
    return [];
  } catch (err) {
    if (err instanceof AppError) return [{ code: 'when_invalid', message: err.message, params: { date, time } }];
    throw err;
  }
}
