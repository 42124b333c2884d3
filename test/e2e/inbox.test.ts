// The shared inbox as a community team works it: a stream of comments, a mention and a message
// from a Bluesky profile (a scripted network stands in for Bluesky), filtered by kind, an item
// opened with its thread and our post it answers, then assigned, tagged, answered (once refused by
// the network, once sent) and completed, by mouse and by keyboard.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { ingestInboxItems } from '../../src/core/inbox/ingest-items.ts';
import { scriptedInbox, type ScriptedInbox } from '../../src/core/inbox/testing/scripted-inbox.ts';
import { posts, postTargets } from '../../src/db/schema.ts';
import type { InboxItem } from '../../src/networks/adapter.ts';
import { rejected } from '../../src/networks/outcome.ts';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import { addMember, type Owner } from '../../src/testing/people.ts';
import { insertProfile } from '../../src/testing/profiles.ts';
import { launchBrowser, newPerson, screenshot, type Person } from './browser.ts';
import { apiSession, signUpInBrowser } from './signup.ts';
import { ensureWebBuilt } from './web-build.ts';
import el from '../../src/web/i18n/locales/el.json' with { type: 'json' };

const owner = { name: 'Dara Nakorn', email: 'dara@inbox.example', password: 'correct horse battery', organization: 'Acme Agency', workspace: 'Acme Coffee' };

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);
const fan = (handle: string, displayName: string) => ({ remoteId: `did:plc:${handle}`, handle: `${handle}.bsky.social`, displayName });

/** Our post about the beans, and the conversation under it; a mention and a direct message elsewhere. */
const seeded: InboxItem[] = [
  { remoteId: 'c-1', kind: 'comment', threadId: 'post-1', parentRemoteId: 'post-1', author: fan('samlee', 'Sam Lee'), text: 'Finally! Ordering two bags today.', createdAt: minutesAgo(26 * 60) },
  { remoteId: 'c-2', kind: 'comment', threadId: 'post-1', parentRemoteId: 'post-1', author: fan('ana', 'Ana Petrović'), text: 'Одличан производ! Где могу да га купим у Београду?', createdAt: minutesAgo(130) },
  { remoteId: 'c-3', kind: 'comment', threadId: 'post-1', parentRemoteId: 'c-2', author: fan('nok', 'Nok Sriwan'), text: 'Do you ship the Guji beans to Chiang Mai? Wholesale, about 20 kg a month.', createdAt: minutesAgo(18) },
  { remoteId: 'm-1', kind: 'mention', threadId: 'm-1', author: fan('eleni', 'Eleni K.'), text: 'Best flat white in town, thanks @acmecoffee.bsky.social ☕', createdAt: minutesAgo(45) },
  { remoteId: 'd-1', kind: 'message', threadId: 'dm-1', author: fan('marco', 'Marco Rossi'), text: 'Hi! Can we book the roastery for a private tasting on Saturday?', createdAt: minutesAgo(190) },
];

interface ItemBody {
  id: string;
  status: string;
  assigneeId: string | null;
  tags: string[];
  firstResponseSeconds: number | null;
  teamId: string | null;
  task: { type: string; priority: string } | null;
  sentiment: string;
  sentimentCorrected: boolean;
}

describe('the inbox in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let person: Person;
  let page: Page;
  let api: Owner;
  let net: ScriptedInbox;
  let ws = '';
  let careId = '';
  let profileId = '';
  const base = () => `/api/v1/workspaces/${ws.replace('/w/', '')}/inbox`;
  const stream = () => page.getByRole('listbox', { name: 'Inbox items' });
  const row = (text: string | RegExp): Locator => stream().getByRole('option').filter({ hasText: text });
  const panel = () => page.getByRole('region', { name: 'Selected item' });
  /** Shortcuts work wherever the focus is, except in a text field: start from none. */
  const blur = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const itemOf = async (remoteText: string) => {
    const list = await api.client.get<{ items: Array<ItemBody & { text: string }> }>(base());
    return list.body.items.find((i) => i.text.startsWith(remoteText))!;
  };

  before(async () => {
    ensureWebBuilt();
    app = await startTestApp();
    // The scripted inbox takes Bluesky's place, so the stream shows Bluesky's name and mark.
    const bluesky = app.app.networks.get('bluesky')!.manifest;
    net = scriptedInbox('bluesky');
    net.adapter = { ...net.adapter, manifest: { ...net.adapter.manifest, name: bluesky.name, color: bluesky.color } };
    app.app.networks.set('bluesky', net.adapter);

    browser = await launchBrowser();
    person = await newPerson(browser, app.url);
    page = person.page;
    ws = await signUpInBrowser(page, owner);
    api = await apiSession(app.url, owner);
    const workspaceId = ws.replace('/w/', '');
    careId = (await addMember(api, workspaceId, 'community_manager', 'care')).userId;
    profileId = await insertProfile(app, { organizationId: api.organizationId, workspaceId, network: 'bluesky', handle: 'acmecoffee.bsky.social' });
    const [post] = await app.database.db
      .insert(posts)
      .values({ organizationId: api.organizationId, workspaceId, status: 'published', text: 'Our Ethiopia Guji is back: bright, floral, roasted this week.' })
      .returning();
    await app.database.db.insert(postTargets).values({
      postId: post!.id,
      workspaceId,
      profileId,
      network: 'bluesky',
      text: 'Our Ethiopia Guji is back: bright, floral, roasted this week.',
      status: 'published',
      marker: 'cnp-inbox-e2e',
      remoteId: 'post-1',
      remoteUrl: 'https://bsky.app/profile/acmecoffee.bsky.social/post/1',
    });
    assert.equal(await ingestInboxItems(app.database.db, { id: profileId, workspaceId, network: 'bluesky' }, seeded), seeded.length);
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows every profile’s items newest first, and filters them by kind in the URL', async () => {
    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor();
    await row('Do you ship the Guji beans').waitFor();
    assert.deepEqual(
      await stream().getByRole('option').evaluateAll((rows) => rows.map((r) => r.querySelector('p')?.textContent)),
      ['Nok Sriwan', 'Eleni K.', 'Ana Petrović', 'Marco Rossi', 'Sam Lee'],
    );
    await row('Do you ship').getByText('18 min. ago').waitFor();

    await page.getByRole('radiogroup', { name: 'Kind' }).getByText('Mentions', { exact: true }).click();
    await row('Best flat white').waitFor();
    await row('Do you ship').waitFor({ state: 'detached' });
    assert.equal(await stream().getByRole('option').count(), 1);
    assert.equal(new URL(page.url()).searchParams.get('kind'), 'mention');
    await page.reload();
    await row('Best flat white').waitFor();
    assert.equal(await stream().getByRole('option').count(), 1, 'the filter stays after a reload');

    await page.getByRole('radiogroup', { name: 'Kind' }).getByText('Comments', { exact: true }).click();
    await row('Do you ship').waitFor();
    assert.equal(await stream().getByRole('option').count(), 3);
  });

  it('opens an item with its whole thread, oldest first, and our post it answers', async () => {
    await row('Do you ship').click();
    assert.ok(new URL(page.url()).searchParams.get('item'), 'the open item is in the URL');
    await panel().getByRole('heading', { name: 'Nok Sriwan' }).waitFor();
    await panel().getByText('To Brand on Bluesky').waitFor();
    await panel().getByText('Not answered yet').waitFor();
    const thread = panel().locator('[data-conversation-item]');
    await thread.nth(2).waitFor();
    assert.deepEqual(await thread.evaluateAll((items) => items.map((i) => i.querySelector('p')?.textContent)), ['Sam Lee', 'Ana Petrović', 'Nok Sriwan']);
    assert.equal(await thread.nth(2).getAttribute('aria-current'), 'true', 'the open item is marked in its thread');
    const post = panel().getByRole('region', { name: 'In answer to your post' });
    await post.getByText('Our Ethiopia Guji is back').waitFor();
    assert.match((await post.getByRole('link', { name: 'Open the post' }).getAttribute('href')) ?? '', /\/calendar\?post=/);
  });

  it('moves through the stream with j and k and the arrow keys', async () => {
    await page.keyboard.press('j');
    await panel().getByRole('heading', { name: 'Ana Petrović' }).waitFor();
    assert.equal(await row('Ana Petrović').getAttribute('aria-selected'), 'true');
    await row('Ana Petrović').focus();
    await page.keyboard.press('ArrowDown');
    await panel().getByRole('heading', { name: 'Sam Lee' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected')), 'true', 'the focus follows the selection');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('k');
    await panel().getByRole('heading', { name: 'Nok Sriwan' }).waitFor();
  });

  it('assigns the item to a community manager from the keyboard (a)', async () => {
    await blur();
    await page.keyboard.press('a');
    await page.getByRole('option', { name: 'Member community_manager' }).click();
    await page.getByText('Assigned to Member community_manager.').waitFor();
    await panel().getByText('Assigned', { exact: true }).waitFor();
    await row('Do you ship').getByText('Member community_manager').waitFor();
    const item = await itemOf('Do you ship');
    assert.deepEqual([item.assigneeId, item.status], [careId, 'assigned']);
  });

  it('adds a tag and takes one away', async () => {
    await panel().getByLabel('Add a tag').fill('wholesale');
    await panel().getByRole('button', { name: 'Add', exact: true }).click();
    await panel().getByText('#wholesale').waitFor();
    await panel().getByLabel('Add a tag').fill('shipping');
    await panel().getByLabel('Add a tag').press('Enter');
    await panel().getByText('#shipping').waitFor();
    await panel().getByRole('button', { name: 'Remove tag shipping' }).click();
    await panel().getByText('#shipping').waitFor({ state: 'detached' });
    await row('Do you ship').getByText('#wholesale').waitFor();
    assert.deepEqual((await itemOf('Do you ship')).tags, ['wholesale']);
  });

  it('shows the network’s reason when a reply is refused, and sends it the next time', async () => {
    const inbox = net.adapter.inbox!;
    const send = inbox.reply;
    inbox.reply = async () => rejected('Replies to this post are limited to people the author follows.');
    await blur();
    await page.keyboard.press('r');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', 'r goes to the reply box');
    await page.keyboard.type('Yes! We ship to Chiang Mai every Monday. I will send you our wholesale list.');
    await panel().getByRole('button', { name: 'Send' }).click();
    await panel().getByRole('alert').getByText('Replies to this post are limited to people the author follows.').waitFor();
    assert.equal(net.replies.length, 0);
    await panel().getByRole('alert').scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'inbox-02-reply-refused');

    inbox.reply = send;
    await panel().getByRole('button', { name: 'Send' }).click();
    await page.getByText('Your reply was sent.').waitFor();
    assert.deepEqual(net.replies, [{ to: 'c-3', text: 'Yes! We ship to Chiang Mai every Monday. I will send you our wholesale list.' }]);
    assert.equal(await panel().getByLabel('Reply as Brand').inputValue(), '', 'the box is emptied');
    await panel().getByText(/^First response after \d/).waitFor();
  });

  it('marks the item complete, and opens it again with e', async () => {
    await panel().getByRole('button', { name: 'Mark complete' }).click();
    await page.getByText('Marked complete.').waitFor();
    await panel().getByRole('button', { name: 'Reopen' }).waitFor();
    await row('Do you ship').getByText('Done', { exact: true }).waitFor();
    const done = await itemOf('Do you ship');
    assert.equal(done.status, 'done');
    assert.ok(done.firstResponseSeconds !== null);

    // The picture shows the page as it settles: no notes fading out, scrolled to the top.
    await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0, undefined, { timeout: 10_000 });
    await page.mouse.move(0, 0);
    await blur();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: '/tmp/inbox.png', animations: 'disabled' });
    await screenshot(page, 'inbox-01-item');

    await page.keyboard.press('e');
    await page.getByText('Open again.').waitFor();
    assert.equal((await itemOf('Do you ship')).status, 'assigned', 'reopened, it is still theirs');
    await page.keyboard.press('e');
    await panel().getByRole('button', { name: 'Reopen' }).waitFor();
    assert.deepEqual(person.pageErrors, []);
  });

  it('filters by owner and status together', async () => {
    await page.getByRole('radiogroup', { name: 'Kind' }).getByText('All', { exact: true }).click();
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Assigned to').click();
    await page.getByRole('option', { name: 'Nobody' }).click();
    await page.waitForURL(/assignee=none/);
    await row('Best flat white').waitFor();
    await row('Do you ship').waitFor({ state: 'detached' });
    assert.equal(await stream().getByRole('option').count(), 4);
    await page.getByRole('radiogroup', { name: 'Status' }).getByText('Done', { exact: true }).click();
    await page.getByText('No items match these filters').waitFor();
    await screenshot(page, 'inbox-03-no-matches');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await row('Do you ship').waitFor();
    assert.equal(await stream().getByRole('option').count(), 5);
    assert.deepEqual(person.pageErrors, []);
  });

  it('gives the item to the sales team and makes it a high-priority sales lead', async () => {
    await row('Do you ship').click();
    await panel().getByRole('heading', { name: 'Nok Sriwan' }).waitFor();
    await panel().getByLabel('Team', { exact: true }).click();
    await page.getByRole('option', { name: 'Sales', exact: true }).click();
    await page.getByText('Given to Sales.').waitFor();
    await row('Do you ship').locator('[data-team]').getByText('Sales').waitFor();

    await panel().getByLabel('Task', { exact: true }).click();
    await page.getByRole('option', { name: 'Sales lead' }).click();
    await page.getByText('Now a task: Sales lead, Normal priority.').waitFor();
    await panel().getByLabel('Priority', { exact: true }).click();
    await page.getByRole('option', { name: 'High' }).click();
    await row('Do you ship').getByText('Sales lead · High').waitFor();
    const teams = await api.client.get<{ items: Array<{ id: string; kind: string }> }>(`/api/v1/workspaces/${ws.replace('/w/', '')}/teams`);
    const item = await itemOf('Do you ship');
    assert.equal(item.teamId, teams.body.items.find((t) => t.kind === 'sales')!.id);
    assert.deepEqual(item.task, { type: 'sales_lead', priority: 'high' });
  });

  it('leaves a note for the team, never sent, and corrects the tone', async () => {
    await panel().getByLabel('Add a note').fill('Wholesale: send the price list for 20 kg a month.');
    await panel().getByRole('button', { name: 'Add note' }).click();
    const notes = panel().getByRole('region', { name: 'Notes for the team' });
    await notes.getByText('Wholesale: send the price list for 20 kg a month.').waitFor();
    await notes.getByText('Dara Nakorn').waitFor();
    assert.equal(net.replies.length, 1, 'a note is not a reply');

    const before = (await itemOf('Do you ship')).sentiment;
    const next = before === 'positive' ? 'Negative' : 'Positive';
    await panel().getByRole('button', { name: /^Tone: / }).click();
    await page.getByRole('menuitem', { name: next }).click();
    await panel().getByText(`${next} (corrected)`).waitFor();
    const item = await itemOf('Do you ship');
    assert.deepEqual([item.sentiment, item.sentimentCorrected], [next.toLowerCase(), true]);
    await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0, undefined, { timeout: 10_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await notes.scrollIntoViewIfNeeded();
    await screenshot(page, 'inbox-05-team-task-notes');
  });

  it('keeps teams and saved replies in Inbox settings, and answers with a saved reply filled for the author', async () => {
    await page.getByRole('link', { name: 'Inbox settings' }).click();
    await page.getByRole('heading', { name: 'Inbox settings', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add team' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Weekend crew');
    await page.getByRole('dialog').getByLabel('Members').click();
    await page.getByRole('option', { name: 'Member community_manager' }).click();
    await page.getByRole('dialog').getByLabel('Name').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Add team' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const crew = page.locator('[data-team]').filter({ hasText: 'Weekend crew' });
    await crew.getByText('Member community_manager').waitFor();

    await page.getByRole('button', { name: 'Add saved reply' }).click();
    await page.getByRole('dialog').getByLabel('Name').fill('Tasting booked');
    await page.getByRole('dialog').getByLabel('Reply').fill('Thanks {name}! Your tasting is booked, {handle}.');
    await page.getByRole('dialog').getByRole('button', { name: 'Add saved reply' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByText('Thanks {name}! Your tasting is booked, {handle}.').waitFor();
    await screenshot(page, 'inbox-06-settings');

    await page.getByRole('link', { name: 'Inbox', exact: true }).click();
    await row('private tasting').click();
    await panel().getByRole('heading', { name: 'Marco Rossi' }).waitFor();
    await panel().getByRole('button', { name: 'Saved replies' }).click();
    await page.getByRole('menuitem', { name: /Tasting booked/ }).click();
    await panel().getByText('Saved reply: Tasting booked').waitFor();
    await panel().getByRole('button', { name: 'Send' }).scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'inbox-09-saved-reply');
    await panel().getByRole('button', { name: 'Send' }).click();
    await page.getByText('Your reply was sent.').waitFor();
    assert.deepEqual(net.replies.at(-1), { to: 'd-1', text: 'Thanks Marco Rossi! Your tasting is booked, @marco.bsky.social.' });
  });

  it('blurs an insulting message until Show message is chosen, and shows managers the workload', async () => {
    const workspaceId = ws.replace('/w/', '');
    const insult = { remoteId: 'c-9', kind: 'comment' as const, threadId: 'post-1', parentRemoteId: 'post-1', author: fan('troll', 'Troll'), text: 'You are an idiot, my order never came.', createdAt: minutesAgo(1) };
    assert.equal(await ingestInboxItems(app.database.db, { id: profileId, workspaceId, network: 'bluesky' }, [insult]), 1);
    await page.goto(`${ws}/inbox`);
    await row('my order never came').waitFor();
    assert.equal(await row('my order never came').locator('[data-guarded]').count(), 1, 'blurred in the stream');
    await row('my order never came').getByText('This message may be insulting').waitFor();
    await row('my order never came').click();
    const show = panel().getByRole('button', { name: 'Show message' });
    await show.waitFor();
    assert.equal(await panel().locator('[data-guarded]').count(), 1, 'blurred on the item');
    await show.scrollIntoViewIfNeeded();
    await screenshot(page, 'inbox-07-insult-hidden');
    await show.focus();
    await page.keyboard.press('Enter');
    await show.waitFor({ state: 'detached' });
    assert.equal(await page.locator('[data-guarded]').count(), 0, 'shown in the stream and on the item alike');

    await page.getByRole('button', { name: 'Workload' }).click();
    const workload = page.getByRole('region', { name: 'Open items per member' });
    await workload.locator('[data-workload]').first().waitFor();
    await workload.getByText('Member community_manager').waitFor();
    await screenshot(page, 'inbox-08-workload');
    await page.keyboard.press('Escape');
    assert.deepEqual(person.pageErrors, []);
  });

  it('reads well in Greek, how long ago in Greek too', async () => {
    await page.goto(`${ws}/inbox?kind=message`);
    await row('private tasting').click();
    await page.getByRole('button', { name: /^Language: English/ }).click();
    await page.getByRole('menuitem', { name: 'Ελληνικά' }).click();
    await page.getByRole('heading', { name: el.nav.inbox, level: 1 }).waitFor();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    const greekStream = page.getByRole('listbox', { name: el.inbox.stream });
    await greekStream.getByText(el.inbox.kind.message, { exact: true }).waitFor();
    await greekStream.getByText(/πριν από 3/).waitFor();
    await page.getByRole('region', { name: el.inbox.item }).getByRole('button', { name: el.inbox.complete }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.mantine-Notification-root').length === 0, undefined, { timeout: 10_000 });
    await screenshot(page, 'inbox-04-greek');
    assert.deepEqual(person.pageErrors, []);
  });
});
