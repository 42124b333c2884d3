// The media library as a content creator uses it in a browser: uploading by the file chooser with
// progress, the grid with sizes, alt text, deleting with a confirmation, the refusal while a post
// uses a file, and the picker the composer shows, choosing and ordering files.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { posts, postTargetMedia, postTargets } from '../../src/db/schema.ts';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import { imageFile, videoFile } from '../../src/testing/media-files.ts';
import type { Owner } from '../../src/testing/people.ts';
import { launchBrowser, newPerson, screenshot, type Person } from './browser.ts';
import { apiSession, signUpInBrowser } from './signup.ts';
import { ensureWebBuilt } from './web-build.ts';

const owner = { name: 'Nok Srisai', email: 'nok@acme.example', password: 'correct horse battery', organization: 'Acme Agency', workspace: 'Acme Coffee' };

describe('media library in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let nok: Person;
  let page: Page;
  let api: Owner;
  let ws = '';
  const workspaceId = () => ws.replace('/w/', '');

  before(async () => {
    ensureWebBuilt();
    app = await startTestApp();
    browser = await launchBrowser();
    nok = await newPerson(browser, app.url);
    page = nok.page;
    ws = await signUpInBrowser(page, owner);
    api = await apiSession(app.url, owner);
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  const card = (name: string) => page.locator('[data-media-id]', { hasText: name });

  it('starts empty, then uploads an image and a video with the file chooser', async () => {
    await page.getByRole('link', { name: 'Media' }).click();
    await page.getByRole('heading', { name: 'Media', level: 1 }).waitFor();
    await page.getByText('No media yet').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles([
      { name: 'latte-art.png', mimeType: 'image/png', buffer: Buffer.from(await imageFile('png', 1600, 1200, '#a0522d')) },
      { name: 'pour-over.mp4', mimeType: 'video/mp4', buffer: Buffer.from(await videoFile('mp4', 1080, 1920, 12)) },
    ]);
    await card('latte-art.png').waitFor();
    await card('pour-over.mp4').waitFor();
    assert.match(await card('latte-art.png').innerText(), /1,600 × 1,200/);
    assert.match(await card('pour-over.mp4').innerText(), /1,080 × 1,920 · 12 sec/);
    assert.equal(await card('latte-art.png').getByText('No alt text').count(), 1);
    await screenshot(page, 'media-library');
  });

  it('uploads a file dropped on the page', async () => {
    const gif = Buffer.from(await imageFile('gif', 320, 240, '#f08c00')).toString('base64');
    const dropped = await page.evaluateHandle((b64) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], 'crema.gif', { type: 'image/gif' }));
      return data;
    }, gif);
    await page.dispatchEvent('[data-testid=upload-zone]', 'dragover', { dataTransfer: dropped });
    await page.dispatchEvent('[data-testid=upload-zone]', 'drop', { dataTransfer: dropped });
    await card('crema.gif').waitFor();
    assert.match(await card('crema.gif').innerText(), /320 × 240/);
  });

  it('refuses a file that is not an image or video, in words', async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles([{ name: 'menu.png', mimeType: 'image/png', buffer: Buffer.from('not really a picture') }]);
    const alert = page.getByRole('alert').filter({ hasText: 'menu.png was not uploaded' });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Upload a JPEG, PNG, GIF or WebP image/);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
  });

  it('writes alt text for a file', async () => {
    await card('latte-art.png').getByRole('button', { name: 'Actions for latte-art.png' }).click();
    await page.getByRole('menuitem', { name: 'Edit alt text' }).click();
    await page.getByRole('dialog').getByLabel('Alt text').fill('A heart drawn in the milk foam of a latte');
    await page.getByRole('dialog').getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await card('latte-art.png').getByText('Alt text', { exact: true }).waitFor();
  });

  it('will not delete a file a post uses, and says why; deletes one no post uses', async () => {
    const list = await api.client.get<{ items: Array<{ id: string; filename: string }> }>(`/api/v1/workspaces/${workspaceId()}/media`);
    const video = list.body.items.find((m) => m.filename === 'pour-over.mp4')!;
    const db = app.database.db;
    const [post] = await db.insert(posts).values({ organizationId: api.organizationId, workspaceId: workspaceId(), status: 'draft', text: 'brew guide' }).returning();
    const [target] = await db.insert(postTargets).values({ postId: post!.id, workspaceId: workspaceId(), network: 'bluesky', text: 'brew guide', status: 'draft', marker: randomUUID() }).returning();
    await db.insert(postTargetMedia).values({ targetId: target!.id, position: 0, mediaId: video.id });

    await card('pour-over.mp4').getByRole('button', { name: 'Actions for pour-over.mp4' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('pour-over.mp4 was not deleted').waitFor();
    await page.getByText('A post uses this file').waitFor();
    assert.equal(await card('pour-over.mp4').count(), 1);

    await card('latte-art.png').getByRole('button', { name: 'Actions for latte-art.png' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
    await card('latte-art.png').waitFor({ state: 'detached' });
    assert.deepEqual(nok.pageErrors, []);
  });

  it('picks files for a post, uploading one from the picker, and orders them', async () => {
    await page.goto(`${ws}/compose`);
    await page.getByRole('button', { name: 'Add media' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Choose media' });
    await dialog.getByRole('button', { name: 'Choose pour-over.mp4' }).click();
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles([{ name: 'beans.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await imageFile('jpeg', 800, 800, '#3b2f2f')) }]);
    await dialog.getByRole('button', { name: 'Use chosen (2)' }).click();
    const chosen = page.getByRole('list', { name: 'Chosen media' }).first();
    await chosen.getByRole('listitem').nth(1).waitFor();
    assert.deepEqual(await chosen.getByRole('listitem').allInnerTexts().then((t) => t.map((x) => x.split('\n')[0])), ['pour-over.mp4', 'beans.jpg']);
    await chosen.getByRole('button', { name: 'Move earlier' }).nth(1).click();
    await page.waitForFunction(() => document.querySelector('[role=list] [role=listitem]')?.textContent?.startsWith('beans.jpg'));
    await screenshot(page, 'media-picker');
    assert.deepEqual(nok.pageErrors, []);
  });
});
