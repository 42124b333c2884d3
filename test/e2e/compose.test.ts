// Composing a post as a social media manager does it in a browser: a Thai text for a Bluesky and a
// Mastodon profile, each network's count against its limit and its preview, a Mastodon text of its
// own with a thread, Bluesky's 300-grapheme limit passed and the button held back with the reason,
// then scheduled at the time the calendar asked for, and read back through the API. In Thai too.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import { addMember, PASSWORD, type Owner } from '../../src/testing/people.ts';
import { imageFile } from '../../src/testing/media-files.ts';
import { insertProfile } from '../../src/testing/profiles.ts';
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import th from '../../src/web/i18n/locales/th.json' with { type: 'json' };
import { launchBrowser, newPerson, screenshot, type Person } from './browser.ts';
import { apiSession, signUpInBrowser } from './signup.ts';
import { ensureWebBuilt } from './web-build.ts';

const owner = { name: 'Malee Srisuk', email: 'malee@compose.example', password: 'correct horse battery', organization: 'Acme Agency', workspace: 'Acme Coffee' };

const sharedText = 'กาแฟคั่วใหม่มาแล้ว! แวะชิมได้ที่ร้าน @acme.bsky.social #กาแฟ';
const mastodonText = 'สวัสดีชาวแมสโทดอน กาแฟคั่วใหม่พร้อมเสิร์ฟ #กาแฟ';
const threadPart = 'รอบคั่วถัดไปวันศุกร์นี้';
// 61 × five graphemes (ส วั ส ดี and a space): 305, past Bluesky's 300.
const tooLong = 'สวัสดี '.repeat(61);

const graphemes = (text: string) => [...new Intl.Segmenter('th', { granularity: 'grapheme' }).segment(text)].length;

interface PostRow {
  id: string;
  status: string;
  text: string;
  schedule: { date: string; time: string; zone: string } | null;
  targets: Array<{ network: string; profileId: string; text: string; threadParts: string[]; mediaIds: string[] }>;
}

describe('composing a post', () => {
  let app: TestApp;
  let browser: Browser;
  let malee: Person;
  let page: Page;
  let api: Owner;
  let ws = '';
  let zone = '';
  const profileIds = { bluesky: '', mastodon: '' };
  let at: DateTime<boolean> = DateTime.now();

  const workspaceId = () => ws.replace('/w/', '');
  const counter = (network: string) => page.locator(`[data-counter="${network}"][data-part="0"]`);
  const send = () => page.getByTestId('compose-send');

  before(async () => {
    ensureWebBuilt();
    app = await startTestApp();
    browser = await launchBrowser();
    malee = await newPerson(browser, app.url);
    page = malee.page;
    ws = await signUpInBrowser(page, owner);
    api = await apiSession(app.url, owner);
    const me = await api.client.get<{ workspaces: Array<{ id: string; timezone: string }> }>('/api/v1/me');
    zone = me.body.workspaces.find((w) => w.id === workspaceId())!.timezone;
    // Two days ahead at 09:30 in the workspace's zone, as the calendar links a click on that slot.
    at = DateTime.now().setZone(zone).plus({ days: 2 }).set({ hour: 9, minute: 30, second: 0, millisecond: 0 });
    profileIds.bluesky = await insertProfile(app, { organizationId: api.organizationId, workspaceId: workspaceId(), network: 'bluesky', handle: 'acme.bsky.social' });
    profileIds.mastodon = await insertProfile(app, { organizationId: api.organizationId, workspaceId: workspaceId(), network: 'mastodon', handle: 'acme@mastodon.social' });
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('opens at the time the calendar asked for, in the workspace zone', async () => {
    await page.goto(`${ws}/compose?at=${encodeURIComponent(at.toUTC().toISO()!)}`);
    await page.getByRole('heading', { name: en.compose.titleNew, level: 1 }).waitFor();
    assert.equal(await page.getByLabel(en.compose.when.date).inputValue(), at.toISODate());
    assert.equal(await page.getByLabel(en.compose.when.time).inputValue(), '09:30');
    await page.getByText(en.compose.when.zone.replace('{{zone}}', zone)).waitFor();
    assert.equal(await send().isDisabled(), true, 'nothing to send yet');
  });

  it('counts a Thai text for Bluesky and Mastodon as each counts it, and previews it', async () => {
    await page.getByRole('checkbox', { name: 'Bluesky @acme.bsky.social' }).click();
    // The keyboard works too: Space ticks the focused card.
    await page.getByRole('checkbox', { name: 'Mastodon @acme@mastodon.social' }).focus();
    await page.keyboard.press('Space');
    await page.getByTestId('compose-text').fill(sharedText);
    await page.waitForFunction((want) => document.querySelector('[data-counter="bluesky"][data-part="0"]')?.textContent === want, `${graphemes(sharedText)} / 300`);
    // Mastodon counts code points: Thai vowel and tone marks count apart from their consonant.
    assert.equal(await counter('mastodon').textContent(), `${[...sharedText].length} / 500`);
    assert.equal(await counter('bluesky').getAttribute('data-over'), 'false');
    await page.getByText(en.compose.check.allGood).waitFor();

    const bluesky = page.getByRole('figure', { name: en.compose.preview.label.replace('{{network}}', 'Bluesky') });
    await bluesky.getByText('@acme.bsky.social · now').waitFor();
    assert.equal(await bluesky.locator('[data-run="hashtag"]').textContent(), '#กาแฟ');
    assert.equal(await bluesky.locator('[data-run="mention"]').textContent(), '@acme.bsky.social');
    assert.equal(await send().isEnabled(), true);
  });

  it('gives Mastodon its own text and a thread, and its preview follows', async () => {
    await page.getByRole('tab', { name: en.compose.editor.customize.replace('{{network}}', 'Mastodon') }).click();
    await page.getByRole('button', { name: en.compose.editor.writeOwn }).click();
    await page.getByTestId('variant-text-mastodon').fill(mastodonText);
    await page.getByRole('button', { name: en.compose.editor.addPart }).click();
    await page.getByRole('textbox', { name: en.compose.editor.threadPart.replace('{{number}}', '2'), exact: true }).fill(threadPart);
    await page.locator('[data-counter="mastodon"][data-part="1"]').waitFor();
    await page.getByRole('tab', { name: 'Mastodon', exact: true }).click();
    const mastodon = page.getByRole('figure', { name: en.compose.preview.label.replace('{{network}}', 'Mastodon') });
    await mastodon.getByText(mastodonText.split(' #')[0]!).waitFor();
    await mastodon.getByText(threadPart).waitFor();
    await screenshot(page, 'compose-01-variants');
  });

  it('holds the post back while Bluesky’s text is over its limit, and says why', async () => {
    await page.getByRole('tab', { name: en.compose.editor.shared }).click();
    await page.getByTestId('compose-text').fill(tooLong);
    await page.waitForFunction(() => document.querySelector('[data-counter="bluesky"][data-part="0"]')?.getAttribute('data-over') === 'true');
    assert.equal(await counter('bluesky').textContent(), `${graphemes(tooLong)} / 300`);
    const problem = page.locator('[data-problem="text_too_long"][data-network="bluesky"]');
    await problem.waitFor();
    assert.match((await problem.textContent()) ?? '', /Too long for Bluesky: 305 of 300/);
    // Mastodon has its own text, so only Bluesky is over.
    assert.equal(await counter('mastodon').getAttribute('data-over'), 'false');
    await page.getByTestId('compose-blocked').getByText(en.compose.check.blocked).waitFor();
    assert.equal(await send().isDisabled(), true);
    await screenshot(page, 'compose-02-over-limit');
  });

  it('schedules it, and the API has both targets with the Mastodon text and thread', async () => {
    await page.getByTestId('compose-text').fill(sharedText);
    await page.waitForFunction(() => document.querySelector('[data-counter="bluesky"][data-part="0"]')?.getAttribute('data-over') === 'false');
    await page.getByTestId('compose-blocked').waitFor({ state: 'detached' });
    await send().click();
    await page.waitForURL((url) => url.pathname.endsWith('/calendar') && url.searchParams.get('date') === at.toISODate());
    const listed = await api.client.get<{ items: PostRow[] }>(`/api/v1/workspaces/${workspaceId()}/posts?status=scheduled`);
    assert.equal(listed.body.items.length, 1);
    const post = listed.body.items[0]!;
    assert.equal(post.text, sharedText);
    assert.deepEqual(post.schedule && [post.schedule.date, post.schedule.time, post.schedule.zone], [at.toISODate(), '09:30', zone]);
    const byNetwork = Object.fromEntries(post.targets.map((t) => [t.network, t]));
    assert.deepEqual(Object.keys(byNetwork).sort(), ['bluesky', 'mastodon']);
    assert.equal(byNetwork.bluesky!.profileId, profileIds.bluesky);
    assert.equal(byNetwork.bluesky!.text, sharedText);
    assert.equal(byNetwork.mastodon!.text, mastodonText);
    assert.deepEqual(byNetwork.mastodon!.threadParts, [threadPart]);
  });

  it('edits the saved post with what it holds', async () => {
    const [post] = (await api.client.get<{ items: PostRow[] }>(`/api/v1/workspaces/${workspaceId()}/posts?status=scheduled`)).body.items;
    await page.goto(`${ws}/compose/${post!.id}`);
    await page.getByRole('heading', { name: en.compose.titleEdit, level: 1 }).waitFor();
    assert.equal(await page.getByTestId('compose-text').inputValue(), sharedText);
    assert.equal(await page.getByRole('checkbox', { name: 'Mastodon @acme@mastodon.social' }).getAttribute('aria-checked'), 'true');
    await page.getByRole('tab', { name: en.compose.editor.customize.replace('{{network}}', 'Mastodon') }).click();
    assert.equal(await page.getByTestId('variant-text-mastodon').inputValue(), mastodonText);
    // Below the editor: the team's comments and the post's way through approval (none for this one).
    await page.getByText(en.planning.comments.title, { exact: true }).waitFor();
    await page.getByRole('heading', { name: en.compose.edit.history, level: 2 }).waitFor();
    await page.getByText(en.approvals.history.empty).waitFor();
    await screenshot(page, 'compose-06-edit');
  });

  it('holds back a post that breaks a policy that blocks (a banned word, a photo without alt text), but still saves it as a draft', async () => {
    const policy = `/api/v1/workspaces/${workspaceId()}/policy`;
    assert.equal((await api.client.request('PUT', policy, { requireAltText: true, bannedTerms: ['ฟรี'], enforce: 'block' })).status, 200);
    await page.goto(`${ws}/compose`);
    await page.getByRole('checkbox', { name: 'Bluesky @acme.bsky.social' }).click();
    await page.getByRole('checkbox', { name: 'Mastodon @acme@mastodon.social' }).click();
    await page.getByTestId('compose-text').fill('ชิมกาแฟฟรีวันนี้');
    await page.getByRole('button', { name: en.media.picker.add }).first().click();
    const dialog = page.getByRole('dialog', { name: en.media.picker.title });
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles([{ name: 'beans.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await imageFile('jpeg', 800, 800, '#3b2f2f')) }]);
    await dialog.getByRole('button', { name: en.media.picker.use.replace('{{count}}', '1') }).click();
    // The photo is in the preview, and the policy's problems are said once for both networks.
    // Storing the file and making its thumbnail can take a while on a busy machine.
    await page.locator('[data-preview] img[src]').waitFor({ timeout: 60_000 });
    await page.locator('[data-problem="alt_text_required"]').getByText('Photo 1 needs alt text: this workspace asks for it.').waitFor();
    assert.equal(await page.locator('[data-problem="alt_text_required"]').count(), 1);
    await page.locator('[data-problem="banned_term"]').getByText('The text contains “ฟรี”, which this workspace does not allow.').waitFor();
    assert.equal(await page.locator('[data-problem="banned_term"]').count(), 1);
    await screenshot(page, 'compose-04-policy');
    await page.getByTestId('compose-blocked').getByText(en.compose.check.blockedPolicy).waitFor();
    assert.equal(await send().isDisabled(), true);
    await page.locator('label', { hasText: en.compose.when.draft }).click();
    await page.getByTestId('compose-blocked').waitFor({ state: 'detached' });
    assert.equal(await send().textContent(), en.compose.actions.draft);
    await send().click();
    await page.waitForURL((url) => url.pathname.endsWith('/calendar'));
    const drafts = await api.client.get<{ items: PostRow[] }>(`/api/v1/workspaces/${workspaceId()}/posts?status=draft`);
    assert.deepEqual(drafts.body.items.map((p) => [p.text, p.targets.length, p.targets[0]!.mediaIds.length]), [['ชิมกาแฟฟรีวันนี้', 2, 1]]);
    assert.equal((await api.client.request('PUT', policy, { requireAltText: false, bannedTerms: [], enforce: 'warn' })).status, 200);
  });

  it('sends a content creator’s post for approval instead of scheduling it', async () => {
    const creator = await addMember(api, workspaceId(), 'content_creator', 'creator');
    const somchai = await newPerson(browser, app.url);
    await somchai.page.goto('/login');
    await somchai.page.getByLabel(/^Email/).fill(creator.email);
    await somchai.page.getByLabel(/^Password/).fill(PASSWORD);
    await somchai.page.getByRole('button', { name: 'Log in' }).click();
    await somchai.page.getByRole('navigation').getByRole('link', { name: 'Compose' }).click();
    await somchai.page.getByRole('heading', { name: en.compose.titleNew, level: 1 }).waitFor();
    await somchai.page.getByRole('checkbox', { name: 'Mastodon @acme@mastodon.social' }).click();
    await somchai.page.getByTestId('compose-text').fill('เมนูใหม่ประจำฤดูหนาว');
    await somchai.page.getByText(en.compose.when.approvalNeeded).waitFor();
    const submit = somchai.page.getByTestId('compose-send');
    assert.equal(await submit.textContent(), en.compose.actions.submit);
    await screenshot(somchai.page, 'compose-05-submit-for-approval');
    await submit.click();
    await somchai.page.waitForURL((url) => url.pathname.endsWith('/calendar'));
    const pending = await api.client.get<{ items: Array<PostRow & { authorId: string }> }>(`/api/v1/workspaces/${workspaceId()}/posts?status=pending_approval`);
    assert.deepEqual(pending.body.items.map((p) => [p.text, p.authorId]), [['เมนูใหม่ประจำฤดูหนาว', creator.userId]]);
    assert.deepEqual(somchai.pageErrors, []);
    await somchai.context.close();
  });

  it('reads well in Thai', async () => {
    await page.getByRole('button', { name: /^Language: English/ }).click();
    // The account keeps the language once its save has answered; the page is loaded again after that.
    const saved = page.waitForResponse((res) => res.url().endsWith('/api/v1/me') && res.request().method() === 'PATCH');
    await page.getByRole('menuitem', { name: 'ไทย' }).click();
    assert.equal((await saved).status(), 200);
    await page.goto(`${ws}/compose`);
    await page.getByRole('heading', { name: th.compose.titleNew, level: 1 }).waitFor();
    await page.getByRole('checkbox', { name: 'Bluesky @acme.bsky.social' }).click();
    await page.getByRole('checkbox', { name: 'Mastodon @acme@mastodon.social' }).click();
    await page.getByTestId('compose-text').fill(tooLong);
    await page.locator('[data-problem="text_too_long"][data-network="bluesky"]').getByText('ยาวเกินไปสำหรับ Bluesky: 305 จาก 300').waitFor();
    await page.getByText(th.compose.check.blocked).waitFor();
    await page.getByRole('button', { name: th.compose.actions.schedule }).waitFor();
    await screenshot(page, 'compose-03-thai');
    assert.deepEqual(malee.pageErrors, []);
  });
});
