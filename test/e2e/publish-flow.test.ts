// The whole way of a post, as a social team lives it, on a real local Bluesky network: a content
// creator composes a Thai post with an image for two profiles and submits it; the manager approves it
// in the calendar; Canopy publishes it at its time and both records are read back from the PDS. Then
// the manager pauses publishing, a post falls due and stays unpublished, and on resume the manager
// chooses to publish it now.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, describe, it } from 'node:test';
import { AtpAgent } from '@atproto/api';
import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { solidPng } from '../../src/networks/bluesky/testing/png.ts';
import { startLocalBluesky, type LocalBluesky } from '../../src/networks/bluesky/testing/local-network.ts';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import { addMember, PASSWORD, type Owner } from '../../src/testing/people.ts';
import en from '../../src/web/i18n/locales/en.json' with { type: 'json' };
import { launchBrowser, newPerson, screenshot, type Person } from './browser.ts';
import { apiSession, signUpInBrowser } from './signup.ts';
import { ensureWebBuilt } from './web-build.ts';

const owner = { name: 'Eleni Markou', email: 'eleni@flow.example', password: 'correct horse battery', organization: 'Acme Agency', workspace: 'Acme Coffee' };
const thaiText = 'เปิดตัวกาแฟคั่วใหม่วันนี้ ☕ แวะชิมได้ที่ร้านทุกสาขา #กาแฟ';
const pausedText = 'ข่าวดีที่รอได้: โปรโมชันสุดสัปดาห์';
const altText = 'ถ้วยลาเต้บนโต๊ะไม้';

type Member = Awaited<ReturnType<typeof addMember>>;

interface PostRow {
  id: string;
  status: string;
  targets: Array<{ network: string; status: string; remoteUrl: string | null; failureReason: string | null }>;
}

describe('compose, approve and publish exactly once, then pause and resume', () => {
  let app: TestApp;
  let bluesky: LocalBluesky;
  let browser: Browser;
  let api: Owner;
  let ws = '';
  let creator: Member;
  let manager: Member;
  let managerPage: Page;
  let postId = '';

  const workspaceId = () => ws.replace('/w/', '');
  const postsOf = async (name: string) => {
    const account = bluesky.accounts[name]!;
    const agent = new AtpAgent({ service: bluesky.pdsUrl });
    const res = await agent.com.atproto.repo.listRecords({ repo: account.did, collection: 'app.bsky.feed.post' });
    return res.data.records.map((r) => r.value as { text: string; embed?: { images?: Array<{ alt: string }> } });
  };
  const waitForPost = async (id: string, until: (p: PostRow) => boolean, minutes: number) => {
    const deadline = Date.now() + minutes * 60_000;
    for (;;) {
      const res = await api.client.get<PostRow>(`/api/v1/workspaces/${workspaceId()}/posts/${id}`);
      if (until(res.body)) return res.body;
      if (Date.now() > deadline) throw new Error(`post ${id} is still ${JSON.stringify(res.body)}`);
      await sleep(1000);
    }
  };
  const logIn = async (person: Person, email: string) => {
    await person.page.goto('/login');
    await person.page.getByLabel(/^Email/).fill(email);
    await person.page.getByLabel(/^Password/).fill(PASSWORD);
    await person.page.getByRole('button', { name: 'Log in' }).click();
    await person.page.getByRole('heading', { name: en.nav.calendar, level: 1 }).waitFor();
  };

  before(async () => {
    ensureWebBuilt();
    bluesky = await startLocalBluesky({ appView: false, accounts: ['acmecoffee', 'acmebakery'] });
    app = await startTestApp({
      NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true',
      NETWORK_ENDPOINTS: JSON.stringify({ bluesky: bluesky.pdsUrl, bluesky_plc: bluesky.plcUrl }),
    });
    browser = await launchBrowser();
    const eleni = await newPerson(browser, app.url);
    ws = await signUpInBrowser(eleni.page, owner);
    api = await apiSession(app.url, owner);
    for (const name of ['acmecoffee', 'acmebakery']) {
      const account = bluesky.accounts[name]!;
      const connected = await api.client.post(`/api/v1/workspaces/${workspaceId()}/profiles`, { network: 'bluesky', service: bluesky.pdsUrl, identifier: account.handle, appPassword: account.appPassword });
      assert.equal(connected.status, 201, JSON.stringify(connected.body));
    }
    // The image waits in the media library with its alt text, where the creator picks it.
    const uploaded = await api.client.request('POST', `/api/v1/workspaces/${workspaceId()}/media?filename=latte.png`, Buffer.from(solidPng(64, 48, [180, 120, 60])), { 'content-type': 'application/octet-stream' });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    const mediaId = (uploaded.body as { id: string }).id;
    assert.equal((await api.client.request('PATCH', `/api/v1/workspaces/${workspaceId()}/media/${mediaId}`, { altText })).status, 200);
    creator = await addMember(api, workspaceId(), 'content_creator', 'somchai');
    manager = await addMember(api, workspaceId(), 'manager', 'nikos');
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
    await bluesky?.close();
  });

  it('a content creator composes a Thai post with an image for two profiles and submits it', async () => {
    const somchai = await newPerson(browser, app.url);
    await logIn(somchai, creator.email);
    const page = somchai.page;
    // Three minutes ahead leaves the manager time to approve before it is due.
    const at = DateTime.now().plus({ minutes: 3 }).startOf('minute');
    await page.goto(`${ws}/compose?at=${encodeURIComponent(at.toUTC().toISO()!)}`);
    await page.getByRole('heading', { name: en.compose.titleNew, level: 1 }).waitFor();
    for (const name of ['acmecoffee', 'acmebakery']) await page.getByRole('checkbox', { name: `Bluesky @${bluesky.accounts[name]!.handle}` }).click();
    await page.getByTestId('compose-text').fill(thaiText);
    await page.getByRole('button', { name: 'Add media' }).first().click();
    const picker = page.getByRole('dialog', { name: 'Choose media' });
    await picker.getByRole('button', { name: 'Choose latte.png' }).click();
    await picker.getByRole('button', { name: 'Use chosen (1)' }).click();
    await page.getByRole('list', { name: 'Chosen media' }).first().getByRole('listitem').first().waitFor();
    await page.getByText(en.compose.when.approvalNeeded).waitFor();
    await page.getByText(en.compose.check.allGood).waitFor();
    await screenshot(page, 'flow-01-compose');
    const submit = page.getByTestId('compose-send');
    assert.equal(await submit.textContent(), en.compose.actions.submit);
    await submit.click();
    await page.waitForURL((url) => url.pathname.endsWith('/calendar'));
    const pending = await api.client.get<{ items: PostRow[] }>(`/api/v1/workspaces/${workspaceId()}/posts?status=pending_approval`);
    assert.equal(pending.body.items.length, 1);
    postId = pending.body.items[0]!.id;
    assert.equal(pending.body.items[0]!.targets.length, 2);
  });

  it('the manager approves it in the calendar, and it publishes once to both profiles on the local network', async () => {
    const nikos = await newPerson(browser, app.url);
    managerPage = nikos.page;
    await logIn(nikos, manager.email);
    const page = managerPage;
    await page.goto(`${ws}/calendar`);
    await page.locator(`[data-post-id="${postId}"]`).first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByText(thaiText).first().waitFor();
    await drawer.getByRole('button', { name: en.approvals.actions.approve }).click();
    await page.getByText(en.approvals.done.approve).waitFor();
    await screenshot(page, 'flow-02-approved-in-calendar');
    assert.equal((await api.client.get<PostRow>(`/api/v1/workspaces/${workspaceId()}/posts/${postId}`)).body.status, 'scheduled');

    const published = await waitForPost(postId, (p) => p.status === 'published' || p.status === 'failed' || p.status === 'partially_published', 6);
    assert.equal(published.status, 'published', JSON.stringify(published.targets));
    assert.ok(published.targets.every((t) => t.remoteUrl?.startsWith('https://bsky.app/profile/')));
    for (const name of ['acmecoffee', 'acmebakery']) {
      const records = await postsOf(name);
      assert.equal(records.length, 1, `${name} has the post exactly once`);
      assert.equal(records[0]!.text, thaiText);
      assert.deepEqual(records[0]!.embed?.images?.map((i) => i.alt), [altText]);
    }
  });

  it('pauses publishing: a post that falls due stays unpublished, and resumes by publishing it now', async () => {
    const page = managerPage;
    await page.goto(`${ws}/calendar`);
    await page.getByRole('switch', { name: en.publishing.on }).click({ force: true });
    const pause = page.getByRole('dialog', { name: en.publishing.pauseTitle });
    await pause.getByLabel(/^Reason/).fill('Storm warning: we hold every post until the shops reopen.');
    await pause.getByRole('button', { name: en.publishing.pauseConfirm }).click();
    const banner = page.locator('[data-publishing-paused]');
    await banner.getByText(/Publishing is paused by Member manager since .+: Storm warning/).waitFor();

    const due = DateTime.now().plus({ minutes: 1 }).startOf('minute').plus({ minutes: 1 });
    const created = await api.client.post<PostRow>(`/api/v1/workspaces/${workspaceId()}/posts`, {
      profileIds: (await api.client.get<{ items: Array<{ id: string; handle: string }> }>(`/api/v1/workspaces/${workspaceId()}/profiles`)).body.items
        .filter((p) => p.handle === bluesky.accounts.acmecoffee!.handle)
        .map((p) => p.id),
      text: pausedText,
      scheduledAt: due.toUTC().toISO(),
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    // Past its time, with a worker running, nothing went out.
    await sleep(Math.max(0, due.toMillis() - Date.now()) + 20_000);
    assert.equal((await api.client.get<PostRow>(`/api/v1/workspaces/${workspaceId()}/posts/${created.body.id}`)).body.status, 'scheduled');
    assert.equal((await postsOf('acmecoffee')).length, 1);

    await page.reload();
    await banner.getByRole('button', { name: en.publishing.resume }).click();
    const resume = page.getByRole('dialog', { name: en.publishing.resumeTitle });
    await resume.getByText(en.publishing.overdueCount.replace('{{count}}', '1')).waitFor();
    await resume.getByRole('radio', { name: en.publishing.overdue.publish_now }).check();
    await screenshot(page, 'flow-03-resume-choice');
    await resume.getByRole('button', { name: en.publishing.resumeConfirm }).click();
    await banner.waitFor({ state: 'detached' });

    const published = await waitForPost(created.body.id, (p) => p.status !== 'scheduled' && p.status !== 'publishing', 2);
    assert.equal(published.status, 'published');
    const records = await postsOf('acmecoffee');
    assert.deepEqual(records.map((r) => r.text).sort(), [pausedText, thaiText].sort());
  });
});
