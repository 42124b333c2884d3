// Approvals as an owner works them: a workflow whose one step is a named person, the roles that need
// approval, then a creator's post waiting on the Approvals page with its count in the menu, its
// history, a request for changes that needs a comment, and the approval that schedules it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import { addMember, type Owner } from '../../src/testing/people.ts';
import { insertProfile } from '../../src/testing/profiles.ts';
import { launchBrowser, newPerson, screenshot, type Person } from './browser.ts';
import { apiSession, signUpInBrowser } from './signup.ts';
import { ensureWebBuilt } from './web-build.ts';

const owner = { name: 'Dara Nakorn', email: 'dara@approvals.example', password: 'correct horse battery', organization: 'Acme Agency', workspace: 'Acme Coffee' };

describe('approvals in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let person: Person;
  let page: Page;
  let api: Owner;
  let ws = '';
  let profileId = '';
  const base = () => `/api/v1/workspaces${ws.replace('/w', '')}`;

  before(async () => {
    ensureWebBuilt();
    app = await startTestApp();
    browser = await launchBrowser();
    person = await newPerson(browser, app.url);
    page = person.page;
    ws = await signUpInBrowser(page, owner);
    api = await apiSession(app.url, owner);
    profileId = await insertProfile(app, { organizationId: api.organizationId, workspaceId: ws.replace('/w/', ''), network: 'bluesky', handle: 'acme.bsky.social' });
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('makes a workflow whose step is a named person, and asks managers for approval too', async () => {
    await page.goto(`${ws}/settings/approvals`);
    await page.getByRole('heading', { name: 'Approval workflows', level: 1 }).waitFor();
    await page.getByText('No workflows yet.').waitFor();
    await page.getByRole('button', { name: 'New workflow' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Brand review');
    await dialog.getByText('A person', { exact: true }).click();
    await dialog.getByLabel('Person', { exact: true }).click();
    await page.getByRole('option', { name: 'Dara Nakorn · Owner' }).click();
    await screenshot(page, 'approvals-01-workflow-form');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('1. Dara Nakorn').waitFor();

    await page.getByRole('checkbox', { name: 'Manager' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();
    await screenshot(page, 'approvals-02-settings');
    const settings = await api.client.get<{ approvalRoles: string[] }>(`${base()}/approval-settings`);
    assert.deepEqual(settings.body.approvalRoles, ['manager']);
  });

  it('shows a creator’s post waiting for me, with its history, and schedules it when I approve', async () => {
    const creator = await addMember(api, ws.replace('/w/', ''), 'content_creator', 'creator');
    const workflows = await api.client.get<{ items: Array<{ id: string }> }>(`${base()}/approval-workflows`);
    const draft = await creator.client.post<{ id: string }>(`${base()}/posts`, {
      profileIds: [profileId],
      text: 'Two coffees for one, all weekend ☕',
      schedule: { date: '2027-06-01', time: '09:30' },
      draft: true,
    });
    const submitted = await creator.client.post(`${base()}/posts/${draft.body.id}/submit`, { workflowId: workflows.body.items[0]!.id, comment: 'For the weekend promo' });
    assert.equal(submitted.status, 200);

    await page.goto(`${ws}/calendar`);
    const entry = page.getByRole('link', { name: /Approvals/ }).first();
    await entry.getByText('1', { exact: true }).waitFor();
    await entry.click();
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    const card = page.getByRole('article');
    await card.getByText('Two coffees for one, all weekend ☕').waitFor();
    await card.getByText(/Publishes Tuesday, June 1, 2027 at 9:30/).waitFor();
    await card.getByText(/Submitted by Member content_creator/).waitFor();
    await card.getByRole('button', { name: 'History' }).click();
    await card.getByText('Member content_creator submitted it for approval').waitFor();
    await card.getByText('For the weekend promo').waitFor();

    await card.getByRole('button', { name: 'Request changes' }).click();
    await card.getByText('Say what should change.').waitFor();
    await screenshot(page, 'approvals-03-waiting');

    await card.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Nothing is waiting for your approval.').waitFor();
    await screenshot(page, 'approvals-04-done');
    const post = await api.client.get<{ status: string }>(`${base()}/posts/${draft.body.id}`);
    assert.equal(post.body.status, 'scheduled');
    assert.deepEqual(person.pageErrors, []);
  });
});
