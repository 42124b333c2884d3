// The content calendar as a social media manager uses it: posts seeded through the API appear in the
// month, week and list views; one is dragged to another day and the API has its new time; the status
// filter; the drawer with a failed target's reason, opened by keyboard; pausing publishing with a
// reason, the banner on every page, and resuming with a choice for what came due; the page in Thai.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { posts, postTargets } from '../../src/db/schema.ts';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import type { Owner } from '../../src/testing/people.ts';
import { insertProfile } from '../../src/testing/profiles.ts';
import th from '../../src/web/i18n/locales/th.json' with { type: 'json' };
import { launchBrowser, newPerson, screenshot, type Person } from './browser.ts';
import { apiSession, signUpInBrowser } from './signup.ts';
import { ensureWebBuilt } from './web-build.ts';

const owner = { name: 'Eleni Markou', email: 'eleni@calendar.example', password: 'correct horse battery', organization: 'Acme Agency', workspace: 'Acme Coffee' };

interface PostRow {
  id: string;
  status: string;
  schedule: { date: string; time: string; zone: string; at: string } | null;
}

describe('the content calendar', () => {
  let app: TestApp;
  let browser: Browser;
  let eleni: Person;
  let page: Page;
  let api: Owner;
  let ws = '';
  let zone = '';
  const seeded: Record<'launch' | 'tasting' | 'failed', string> = { launch: '', tasting: '', failed: '' };
  // Two days ahead keeps every post in the future whatever the hour; the month view opens on that day.
  let day = DateTime.now();

  const workspaceId = () => ws.replace('/w/', '');
  const getPost = async (id: string) => (await api.client.get<PostRow>(`/api/v1/workspaces/${workspaceId()}/posts/${id}`)).body;
  const event = (id: string) => page.locator(`.fc-event:has([data-post-id="${id}"])`);

  /** Step by step, as a hand moves: the calendar starts a drag only after the pointer has travelled. */
  async function drag(postId: string, to: DateTime): Promise<void> {
    const from = (await event(postId).boundingBox())!;
    const cell = (await page.locator(`td.fc-daygrid-day[data-date="${to.toISODate()}"] .fc-daygrid-day-events`).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(cell.x + cell.width / 2, cell.y + 10, { steps: 12 });
    await page.mouse.up();
  }

  async function createPost(text: string, date: DateTime, profileIds: string[]): Promise<string> {
    const res = await api.client.post<{ id: string }>(`/api/v1/workspaces/${workspaceId()}/posts`, {
      profileIds,
      text,
      schedule: { date: date.toISODate(), time: date.toFormat('HH:mm') },
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id;
  }

  before(async () => {
    ensureWebBuilt();
    app = await startTestApp();
    browser = await launchBrowser();
    eleni = await newPerson(browser, app.url);
    page = eleni.page;
    ws = await signUpInBrowser(page, owner);
    api = await apiSession(app.url, owner);
    const me = await api.client.get<{ workspaces: Array<{ id: string; timezone: string }> }>('/api/v1/me');
    zone = me.body.workspaces.find((w) => w.id === workspaceId())!.timezone;
    day = DateTime.now().setZone(zone).plus({ days: 2 }).startOf('day') as DateTime<true>;
    const bluesky = await insertProfile(app, { organizationId: api.organizationId, workspaceId: workspaceId(), network: 'bluesky', handle: 'acme.bsky.social' });
    const mastodon = await insertProfile(app, { organizationId: api.organizationId, workspaceId: workspaceId(), network: 'mastodon', handle: 'acme@mastodon.social' });
    seeded.launch = await createPost('Our winter blend is here: dark, smooth and a little spicy.', day.set({ hour: 10 }), [bluesky, mastodon]);
    seeded.tasting = await createPost('Tasting evening on Friday, everyone welcome.', day.plus({ days: 1 }).set({ hour: 17, minute: 30 }), [mastodon]);
    seeded.failed = await createPost('Behind the roaster: meet Nikos.', day.set({ hour: 14 }), [bluesky]);
    // The network refused this one: what a failed publish leaves behind.
    await app.database.db.update(posts).set({ status: 'failed' }).where(eq(posts.id, seeded.failed));
    await app.database.db
      .update(postTargets)
      .set({ status: 'failed', failureReason: 'Bluesky refused the post: the image is larger than 1 MB.' })
      .where(eq(postTargets.postId, seeded.failed));
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows the posts in the month view, in the workspace zone', async () => {
    await page.goto(`${ws}/calendar?view=month&date=${day.toISODate()}`);
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    for (const id of Object.values(seeded)) await event(id).waitFor();
    assert.ok((await page.getByLabel('Times shown in').inputValue()).startsWith(zone.replaceAll('_', ' ')), 'the workspace zone is shown');
    await page.getByText('Workspace zone').waitFor();
    const launch = event(seeded.launch);
    assert.match((await launch.textContent()) ?? '', /10(:00)?\s?(AM|am)/);
    assert.equal(await launch.locator('[data-network]').count(), 2, 'a mark for each network');
    assert.equal(await event(seeded.failed).locator('[data-status="failed"]').count(), 1);
    await screenshot(page, 'calendar-01-month');
  });

  it('shows them in the week and list views too', async () => {
    await page.getByRole('button', { name: 'Week' }).click();
    await page.locator('.fc-timeGridWeek-view').waitFor();
    await event(seeded.launch).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('view'), 'week');
    await screenshot(page, 'calendar-02-week');
    await page.getByRole('button', { name: 'List' }).click();
    await page.locator('.fc-listMonth-view').waitFor();
    await event(seeded.failed).getByText('Failed').waitFor();
    await event(seeded.tasting).getByText('Scheduled').waitFor();
    await screenshot(page, 'calendar-03-list');
  });

  it('shows the times in a zone the reader picks, and remembers it', async () => {
    await page.goto(`${ws}/calendar?view=month&date=${day.toISODate()}`);
    const picker = page.getByLabel('Times shown in');
    await picker.fill('Bangkok');
    await page.getByRole('option', { name: /^Asia\/Bangkok/ }).click();
    await page.getByText('Your zone').waitFor();
    const inBangkok = day.set({ hour: 10 }).setZone('Asia/Bangkok').toFormat('h:mm');
    await event(seeded.launch).getByText(new RegExp(`^${inBangkok}`)).waitFor();
    await page.reload();
    assert.match(await page.getByLabel('Times shown in').inputValue(), /^Asia\/Bangkok/);
    await event(seeded.launch).getByText(new RegExp(`^${inBangkok}`)).waitFor();
  });

  it('moves a post to another day by dragging it, and the API has the new time', async () => {
    const target = day.plus({ days: 3 });
    await drag(seeded.tasting, target);
    await page.getByText(/^Moved to /).waitFor();
    const moved = await getPost(seeded.tasting);
    assert.equal(moved.schedule?.date, target.toISODate());
    assert.equal(moved.schedule?.time, '17:30', 'the time of day stays');
    await page.locator(`td.fc-daygrid-day[data-date="${target.toISODate()}"] [data-post-id="${seeded.tasting}"]`).waitFor();
  });

  it('cannot drag a failed post, and takes a move back when the API refuses it', async () => {
    assert.equal(await event(seeded.failed).evaluate((el) => el.classList.contains('fc-event-draggable')), false);
    assert.equal(await event(seeded.launch).evaluate((el) => el.classList.contains('fc-event-draggable')), true);
    // Meanwhile the publisher has started on it: the page does not know yet, the API does.
    await app.database.db.update(postTargets).set({ status: 'publishing' }).where(eq(postTargets.postId, seeded.launch));
    await drag(seeded.launch, day.plus({ days: 1 }));
    await page.getByText('The post stays where it was').waitFor();
    await page.getByText(/This post is publishing/).waitFor();
    await page.locator(`td.fc-daygrid-day[data-date="${day.toISODate()}"] [data-post-id="${seeded.launch}"]`).waitFor();
    assert.equal((await getPost(seeded.launch)).schedule?.date, day.toISODate());
    await app.database.db.update(postTargets).set({ status: 'scheduled' }).where(eq(postTargets.postId, seeded.launch));
  });

  it('filters by status, and keeps the filter in the URL', async () => {
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Status').click();
    await page.getByRole('option', { name: 'Failed' }).click();
    await event(seeded.launch).waitFor({ state: 'detached' });
    await event(seeded.failed).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('status'), 'failed');
    await page.reload();
    await event(seeded.failed).waitFor();
    assert.equal(await event(seeded.launch).count(), 0);
    await screenshot(page, 'calendar-04-filtered');
  });

  it('opens a post by keyboard, with the failure reason and a retry', async () => {
    await event(seeded.failed).focus();
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog');
    await drawer.getByText('Behind the roaster: meet Nikos.').waitFor();
    await drawer.getByText('Bluesky refused the post: the image is larger than 1 MB.').waitFor();
    await drawer.getByRole('button', { name: 'Retry' }).waitFor();
    await drawer.getByRole('link', { name: 'Edit in Compose' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.get('post'), seeded.failed);
    await screenshot(page, 'calendar-05-drawer');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await event(seeded.launch).waitFor();
  });

  it('says when a week is empty, and a click on an empty slot opens Compose at that time', async () => {
    const quiet = day.plus({ weeks: 8 });
    await page.goto(`${ws}/calendar?view=week&date=${quiet.toISODate()}`);
    await page.getByText('Nothing planned this week.').waitFor();
    await screenshot(page, 'calendar-06-empty-week');
    await page.getByRole('button', { name: 'Month' }).click();
    await page.getByText('Nothing planned this month.').waitFor();
    const slot = quiet.startOf('month').plus({ days: 14 });
    await page.locator(`td.fc-daygrid-day[data-date="${slot.toISODate()}"]`).click();
    await page.waitForURL(/\/compose\?at=/);
    const at = new URL(page.url()).searchParams.get('at') ?? '';
    assert.equal(DateTime.fromISO(at).setZone('Asia/Bangkok').toFormat('yyyy-MM-dd HH:mm'), `${slot.toISODate()} 09:00`, 'a whole day opens at 09:00 in the zone shown');
    await page.goBack();
    await page.getByText('Nothing planned this month.').waitFor();
  });

  it('pauses publishing with a reason, shows the banner, and resumes with a choice for what came due', async () => {
    await page.getByRole('switch', { name: 'Publishing on' }).click({ force: true });
    const dialog = page.getByRole('dialog', { name: 'Pause publishing' });
    await dialog.getByRole('button', { name: 'Pause publishing' }).click();
    await dialog.getByText('Say why, so the team knows.').waitFor();
    await dialog.getByLabel(/^Reason/).fill('A storm closed the roastery; we hold every post.');
    await dialog.getByRole('button', { name: 'Pause publishing' }).click();
    const banner = page.locator('[data-publishing-paused]');
    await banner.getByText(/Publishing is paused by Eleni Markou since .+: A storm closed the roastery; we hold every post\./).waitFor();
    await page.getByRole('switch', { name: 'Publishing paused' }).waitFor();
    await screenshot(page, 'calendar-07-paused');
    // The banner is on every page of the workspace.
    // While paused, the tasting's time comes and goes.
    await app.database.db.update(posts).set({ scheduledAt: new Date(Date.now() - 60_000) }).where(eq(posts.id, seeded.tasting));
    await page.getByRole('navigation').getByRole('link', { name: 'Profiles' }).click();
    await page.getByRole('heading', { name: 'Profiles', level: 1 }).waitFor();
    await page.reload();
    await banner.getByRole('button', { name: 'Resume' }).click();
    const resume = page.getByRole('dialog', { name: 'Resume publishing' });
    await resume.getByText('Posts whose time passed while publishing was paused: 1').waitFor();
    await resume.getByRole('radio', { name: 'Keep them as drafts' }).check();
    await screenshot(page, 'calendar-08-resume');
    await resume.getByRole('button', { name: 'Resume publishing' }).click();
    await banner.waitFor({ state: 'detached' });
    const state = await api.client.get<{ paused: unknown }>(`/api/v1/workspaces/${workspaceId()}/publishing`);
    assert.equal(state.body.paused, null);
    assert.equal((await getPost(seeded.tasting)).status, 'draft', 'the post that came due while paused waits as a draft');
  });

  it('reads well in Thai, weeks starting on Monday', async () => {
    await page.goto(`${ws}/calendar?view=month&date=${day.toISODate()}`);
    await page.getByRole('button', { name: /^Language: English/ }).click();
    await page.getByRole('menuitem', { name: 'ไทย' }).click();
    await page.getByRole('heading', { name: th.nav.calendar, level: 1 }).waitFor();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: th.calendar.month, exact: true }).waitFor();
    await event(seeded.failed).waitFor();
    const firstDay = await page.locator('.fc-col-header-cell').first().getAttribute('class');
    assert.match(firstDay ?? '', /fc-day-mon/);
    await screenshot(page, 'calendar-09-thai-month');
    await page.getByRole('button', { name: th.calendar.list, exact: true }).click();
    await event(seeded.failed).getByText(th.calendar.status.failed).waitFor();
    await screenshot(page, 'calendar-10-thai-list');
    assert.deepEqual(eleni.pageErrors, []);
  });
});
