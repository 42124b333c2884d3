// A manager gives a profile its weekly posting slots in Settings → Profiles, by keyboard and mouse,
// and a post added to the queue then takes the next free one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import type { Owner } from '../../src/testing/people.ts';
import { insertProfile } from '../../src/testing/profiles.ts';
import { launchBrowser, newPerson, screenshot } from './browser.ts';
import { apiSession, signUpInBrowser } from './signup.ts';
import { ensureWebBuilt } from './web-build.ts';

const owner = { name: 'Nikos Papadakis', email: 'nikos@acme.example', password: 'correct horse battery', organization: 'Acme Agency', workspace: 'Acme Tea' };

describe('posting slots', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let api: Owner;
  let ws = '';
  let profileId = '';

  before(async () => {
    ensureWebBuilt();
    app = await startTestApp();
    browser = await launchBrowser();
    page = (await newPerson(browser, app.url)).page;
    ws = await signUpInBrowser(page, owner);
    api = await apiSession(app.url, owner);
    profileId = await insertProfile(app, { organizationId: api.organizationId, workspaceId: ws.replace('/w/', ''), network: 'bluesky', handle: 'acmetea.bsky.social' });
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('adds, changes and removes slots, saves them, and a queued post takes the next one', async () => {
    await page.goto(`${ws}/settings/profiles`);
    await page.getByRole('button', { name: /Posting slots of/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('queue-slots-empty').waitFor();
    await dialog.getByRole('button', { name: 'Add a slot' }).click();
    await dialog.getByRole('button', { name: 'Add a slot' }).click();
    await dialog.getByRole('button', { name: 'Add a slot' }).click();
    const rows = dialog.getByTestId('queue-slot');
    assert.equal(await rows.count(), 3);
    // Each new row is the next day at the same time: Monday, Tuesday, Wednesday at 09:00.
    await rows.nth(1).getByLabel('Time', { exact: true }).fill('12:30');
    await rows.nth(2).getByLabel('Day', { exact: true }).selectOption({ label: 'Friday' });
    await screenshot(page, 'queue-slots-01-editor');
    await dialog.getByRole('button', { name: 'Remove Monday 09:00' }).click();
    assert.equal(await rows.count(), 2);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const saved = await api.client.get<{ slots: Array<{ weekday: number; time: string }> }>(`/api/v1/workspaces/${ws.replace('/w/', '')}/profiles/${profileId}/queue-slots`);
    assert.deepEqual(saved.body.slots, [
      { weekday: 2, time: '12:30' },
      { weekday: 5, time: '09:00' },
    ]);
    const queued = await api.client.post<{ schedule: { time: string } }>(`/api/v1/workspaces/${ws.replace('/w/', '')}/posts`, { profileIds: [profileId], text: 'first of the queue', queue: true });
    assert.equal(queued.status, 201, JSON.stringify(queued.body));
    assert.ok(['12:30', '09:00'].includes(queued.body.schedule.time));

    // Opened again, the editor shows what was saved.
    await page.getByRole('button', { name: /Posting slots of/ }).click();
    assert.equal(await page.getByRole('dialog').getByTestId('queue-slot').count(), 2);
    await screenshot(page, 'queue-slots-02-saved');
  });
});
