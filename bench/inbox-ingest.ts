// Inbox ingest and list at scale. 1,000,000 inbox items (BENCH_INBOX_ITEMS for fewer) for ten
// profiles, delivered 1,000 at a time through ingestInboxItems, each delivery also bringing again
// 100 items of the one before (so dedup is exercised): new items stored a second. Baseline in the
// same run and database: a bare multi-row INSERT of the same rows, 1,000 at a time and sent the same
// way, into a table made LIKE inbox_items (same columns, defaults and indexes), without dedup or the
// link to our posts, as the ratio. Then the inbox list
// query (listInbox, as a community manager) with common filters, 50 a page, at that size: p95.
// Targets: items_per_s >= 5,000 on PostgreSQL, list_p95_ms <= 50.
import { sql } from 'drizzle-orm';
import { benchSettings } from '../src/config/index.ts';
import { ingestInboxItems } from '../src/core/inbox/ingest-items.ts';
import { listInbox, type InboxFilters } from '../src/core/inbox/list-inbox.ts';
import { enterWorkspace } from '../src/core/workspaces/enter-workspace.ts';
import type { InboxItem } from '../src/networks/adapter.ts';
import { startTestApp } from '../src/testing/app.ts';
import { createPostgresDatabase } from '../src/testing/database.ts';
import { addMember, createWorkspace, signUpOwner } from '../src/testing/people.ts';
import { insertProfile } from '../src/testing/profiles.ts';
import { benchDatabase, note, report } from './lib/report.ts';

const BENCH = 'inbox-ingest';
const ITEMS = benchSettings().inboxItems;
const BATCH = 1_000;
const REDELIVERED = 100;
const PROFILES = 10;
const LIST_RUNS = 300;

const db = benchDatabase();
const t = db.url ? await startTestApp({}, 'web', { database: await createPostgresDatabase(db.url) }) : await startTestApp({}, 'web');
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

try {
  const owner = await signUpOwner(t.url);
  const workspaceId = await createWorkspace(owner, 'Brand', 'UTC');
  const manager = await addMember(owner, workspaceId, 'community_manager');
  const profileIds: string[] = [];
  for (let p = 0; p < PROFILES; p++) profileIds.push(await insertProfile(t, { organizationId: owner.organizationId, workspaceId, network: 'bluesky', handle: `brand${p}` }));
  const start = Date.now() - 7 * 86_400_000;
  const kinds = ['comment', 'mention', 'message'] as const;
  const itemAt = (n: number): InboxItem => ({
    remoteId: `at://did:plc:fan${n % 5_000}/app.bsky.feed.post/${n}`,
    kind: kinds[n % 3]!,
    threadId: `at://did:plc:brand/app.bsky.feed.post/${n % 20_000}`,
    author: { remoteId: `did:plc:fan${n % 5_000}`, handle: `fan${n % 5_000}.bsky.social`, displayName: `Fan ${n % 5_000}` },
    text: `Reply number ${n}: when does the new collection arrive in Athens, Belgrade and Bangkok?`,
    createdAt: new Date(start + n * 500),
  });
  const batches = Math.ceil(ITEMS / BATCH);
  const batchOf = (b: number) => Array.from({ length: Math.min(BATCH, ITEMS - b * BATCH) }, (_, k) => itemAt(b * BATCH + k));
  note(`${BENCH}: ${ITEMS} items for ${PROFILES} profiles on ${db.kind}`);

  // Bare baseline first, on a table with the same shape, so both runs see the same warm server.
  await t.database.db.execute(sql`create table bench_bare_inbox (like inbox_items including defaults including indexes)`);
  const bareStarted = Date.now();
  for (let b = 0; b < batches; b++) {
    // The same rows sent the same way (one JSON parameter), with no dedup and no link to our posts.
    const rows = batchOf(b).map((i) => ({ remote_id: i.remoteId, kind: i.kind, thread_id: i.threadId, author_remote_id: i.author.remoteId, author_handle: i.author.handle, author_name: i.author.displayName, text: i.text, sent_at: i.createdAt.toISOString() }));
    await t.database.db.execute(sql`
      insert into bench_bare_inbox (workspace_id, profile_id, network, remote_id, kind, thread_id, author_remote_id, author_handle, author_name, text, sent_at)
      select ${workspaceId}::uuid, ${profileIds[b % PROFILES]!}::uuid, 'bluesky', v.remote_id, v.kind, v.thread_id, v.author_remote_id, v.author_handle, v.author_name, v.text, v.sent_at
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(remote_id text, kind text, thread_id text, author_remote_id text, author_handle text, author_name text, text text, sent_at timestamptz)`);
  }
  const bareSeconds = (Date.now() - bareStarted) / 1000;
  await t.database.db.execute(sql`drop table bench_bare_inbox`);

  const started = Date.now();
  let added = 0;
  for (let b = 0; b < batches; b++) {
    const profile = { id: profileIds[b % PROFILES]!, workspaceId, network: 'bluesky' };
    const again = b > 0 ? batchOf(b - 1).slice(0, REDELIVERED) : [];
    // The redelivered items belong to the previous batch's profile: stored there already.
    added += await ingestInboxItems(t.database.db, profile, batchOf(b));
    if (again.length) added += await ingestInboxItems(t.database.db, { ...profile, id: profileIds[(b - 1) % PROFILES]! }, again);
  }
  const ingestSeconds = (Date.now() - started) / 1000;
  if (added !== ITEMS) throw new Error(`stored ${added} items, expected ${ITEMS}: dedup is broken`);

  // Work as a team would have done: some assigned, some done, some tagged.
  await t.database.db.execute(sql`update inbox_items set status = 'assigned', assignee_id = ${manager.userId}::uuid where abs(hashtext(remote_id)) % 10 = 1`);
  await t.database.db.execute(sql`update inbox_items set status = 'done', completed_at = now() where abs(hashtext(remote_id)) % 10 in (2, 3, 4)`);
  await t.database.db.execute(sql`update inbox_items set tags = array['launch'] where abs(hashtext(remote_id)) % 20 = 5`);
  await t.database.db.execute(sql`analyze inbox_items`);

  const ctx = await enterWorkspace({ ...t.app, actor: { userId: manager.userId, organizationId: owner.organizationId, orgRole: 'member' } }, workspaceId);
  const filters: Array<Omit<InboxFilters, 'limit'>> = [
    {},
    { status: 'open' },
    { kind: 'mention' },
    { profileId: profileIds[3] },
    { assigneeId: manager.userId, status: 'assigned' },
    { assigneeId: 'none', status: 'open', kind: 'comment' },
    { tag: 'launch' },
    { from: new Date(start + 86_400_000), to: new Date(start + 2 * 86_400_000) },
  ];
  const timings: number[] = [];
  for (let run = 0; run < LIST_RUNS; run++) {
    const f = filters[run % filters.length]!;
    const t0 = performance.now();
    const page = await listInbox(ctx, { ...f, limit: 50 });
    timings.push(performance.now() - t0);
    // Every other run also reads the second page, as someone scrolling does.
    if (run % 2 && page.nextCursor) {
      const t1 = performance.now();
      await listInbox(ctx, { ...f, limit: 50, cursor: page.nextCursor });
      timings.push(performance.now() - t1);
    }
  }
  timings.sort((a, b) => a - b);

  const itemsPerS = added / ingestSeconds;
  const barePerS = ITEMS / bareSeconds;
  report(BENCH, 'items_per_s', itemsPerS, 'items/s', db.kind);
  report(BENCH, 'bare_insert_per_s', barePerS, 'rows/s', db.kind);
  report(BENCH, 'ratio_to_insert', itemsPerS / barePerS, 'ratio', db.kind);
  report(BENCH, 'list_p50_ms', percentile(timings, 50), 'ms', db.kind);
  report(BENCH, 'list_p95_ms', percentile(timings, 95), 'ms', db.kind);
  report(BENCH, 'items', ITEMS, 'items', db.kind);
} finally {
  await t.stop();
}
