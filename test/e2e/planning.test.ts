// Planning settings as a social media manager uses them: a campaign with UTM templates and the live
// example of a tagged link; a hashtag group; the content policy set to block; Canopy's short links;
// a CSV import whose preview marks the bad rows, then follows the job to its results; the comment
// thread on a post; the import page in Thai.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import type { Owner } from '../../src/testing/people.ts';
import { insertProfile } from '../../src/testing/profiles.ts';
import th from '../../src/web/i18n/locales/th.json' with { type: 'json' };
import { launchBrowser, newPerson, screenshot, type Person } from './browser.ts';
import { apiSession, signUpInBrowser } from './signup.ts';
import { ensureWebBuilt } from './web-build.ts';

const owner = { name: 'Dara Nakorn', email: 'dara@planning.example', password: 'correct horse battery', organization: 'Acme Agency', workspace: 'Acme Coffee' };

describe('planning settings in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let person: Person;
  let page: Page;
  let api: Owner;
  let ws = '';
  const workspaceId = () => ws.replace('/w/', '');

  before(async () => {
    ensureWebBuilt();
    app = await startTestApp();
    browser = await launchBrowser();
    person = await newPerson(browser, app.url);
    page = person.page;
    ws = await signUpInBrowser(page, owner);
    api = await apiSession(app.url, owner);
    await insertProfile(app, { organizationId: api.organizationId, workspaceId: workspaceId(), network: 'bluesky', handle: 'acme.bsky.social' });
    await insertProfile(app, { organizationId: api.organizationId, workspaceId: workspaceId(), network: 'mastodon', handle: 'acme@mastodon.social' });
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('creates a campaign, showing a link as its UTM values will tag it', async () => {
    await page.goto(`${ws}/settings/campaigns`);
    await page.getByRole('heading', { name: 'Campaigns', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New campaign' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Winter Blend');
    await dialog.getByLabel('utm_source').fill('{network}');
    await dialog.getByLabel('utm_medium').fill('social');
    await dialog.getByLabel('utm_campaign').fill('{campaign}');
    assert.equal(await dialog.getByTestId('utm-example').textContent(), 'https://example.com/spring?utm_source=bluesky&utm_medium=social&utm_campaign=Winter+Blend');
    await screenshot(page, 'planning-01-campaign-form');
    await dialog.getByRole('button', { name: 'New campaign' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: 'Winter Blend', exact: true }).waitFor();
    await page.getByText('utm_medium=social').waitFor();
    await screenshot(page, 'planning-02-campaigns');
  });

  it('saves a hashtag group, adding the # people leave out', async () => {
    await page.goto(`${ws}/settings/hashtag-groups`);
    await page.getByRole('button', { name: 'New group' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Coffee');
    const tags = dialog.getByLabel('Hashtags');
    for (const tag of ['coffee', '#καφές', 'กาแฟ']) {
      await tags.fill(tag);
      await tags.press('Enter');
    }
    await dialog.getByRole('button', { name: 'New group' }).click();
    await dialog.waitFor({ state: 'hidden' });
    for (const tag of ['#coffee', '#καφές', '#กาแฟ']) await page.getByText(tag, { exact: true }).waitFor();
    await screenshot(page, 'planning-03-hashtag-groups');
  });

  it('sets the policy to block banned terms, and the API keeps it', async () => {
    await page.goto(`${ws}/settings/policy`);
    const terms = page.getByPlaceholder('Add a term');
    await terms.fill('cheap');
    await terms.press('Enter');
    await page.getByLabel('Disclosure on paid posts').fill('#ad');
    await page.getByRole('radio', { name: 'Block' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await screenshot(page, 'planning-04-policy');
    const saved = await api.client.get<{ bannedTerms: string[]; enforce: string; paidDisclosure: string }>(`/api/v1/workspaces/${workspaceId()}/policy`);
    assert.deepEqual([saved.body.bannedTerms, saved.body.enforce, saved.body.paidDisclosure], [['cheap'], 'block', '#ad']);
  });

  it("turns on Canopy's short links", async () => {
    await page.goto(`${ws}/settings/links`);
    await page.getByRole('radio', { name: 'Canopy short links' }).check();
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Changes saved.').waitFor();
    await screenshot(page, 'planning-05-links');
    assert.equal((await api.client.get<{ shortener: string }>(`/api/v1/workspaces/${workspaceId()}/links`)).body.shortener, 'canopy');
  });

  it('imports a CSV: the preview marks the bad rows, the import runs and reports each failure', async () => {
    const csv = [
      'profiles,text,date,time,tags,campaign',
      'acme.bsky.social|acme@mastodon.social,Winter blend is back ☕,2030-01-10,09:00,winter,Winter Blend',
      'acme.bsky.social,Tasting on Friday,2030-01-11,17:30,,',
      'nobody.example,Who is this?,2030-01-12,10:00,,',
      'acme.bsky.social,So cheap today,2030-01-13,25:00,,',
    ].join('\n');
    await page.goto(`${ws}/settings/import`);
    await page.getByLabel('Paste CSV').fill(csv);
    await page.getByRole('button', { name: 'Check rows' }).click();
    await page.getByText('2 rows ready, 2 with problems').waitFor();
    const preview = page.getByTestId('import-preview');
    assert.equal(await preview.locator('tr[aria-invalid="true"]').count(), 2);
    await screenshot(page, 'planning-06-import-preview');
    await preview.getByText('No profile here has the handle nobody.example.').waitFor();
    await preview.getByText('"25:00" is not a time like 09:30.').waitFor();
    await screenshot(page, 'planning-06-import-preview');
    await page.getByRole('button', { name: 'Schedule 2 posts' }).click();
    await page.getByText('Import finished').waitFor();
    await page.getByText('2 posts created, 2 rows failed.').waitFor();
    assert.equal(await page.getByTestId('import-failures').locator('tbody tr').count(), 2);
    await screenshot(page, 'planning-07-import-done');
    const list = await api.client.get<{ items: Array<{ text: string; campaignId: string | null }> }>(`/api/v1/workspaces/${workspaceId()}/posts?from=2030-01-01T00:00:00Z&to=2030-02-01T00:00:00Z`);
    assert.deepEqual(list.body.items.map((p) => p.text).sort(), ['Tasting on Friday', 'Winter blend is back ☕']);
    await page.getByRole('link', { name: 'Open the calendar' }).click();
    await page.waitForURL(/\/calendar/);
  });

  it('shows the import page in Thai', async () => {
    await page.goto(`${ws}/settings/import`);
    await page.getByRole('button', { name: /^Language: English/ }).click();
    await page.getByRole('menuitem', { name: 'ไทย' }).click();
    await page.getByRole('heading', { name: th.nav.imports, level: 1 }).waitFor();
    await page.getByRole('button', { name: th.planning.imports.check }).waitFor();
    await screenshot(page, 'planning-08-import-thai');
    assert.deepEqual(person.pageErrors, []);
  });
});
