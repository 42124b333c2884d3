// The foundation, as people use it in a browser: an owner signs up, makes a workspace and invites
// a content creator, who joins through the link, is kept out of pages their role lacks, and reads
// the app in Thai. Then the owner turns on two-factor sign-in and logs in with a code.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { currentTotp } from '../../src/core/accounts/totp.ts';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import el from '../../src/web/i18n/locales/el.json' with { type: 'json' };
import sr from '../../src/web/i18n/locales/sr.json' with { type: 'json' };
import th from '../../src/web/i18n/locales/th.json' with { type: 'json' };
import { launchBrowser, newPerson, screenshot, type Person } from './browser.ts';
import { ensureWebBuilt } from './web-build.ts';

const owner = { name: 'Maria Papadopoulou', email: 'maria@acme.example', password: 'correct horse battery', organization: 'Acme Agency' };
const creator = { name: 'Somchai Jaidee', email: 'somchai@acme.example', password: 'another long passphrase' };

describe('web app foundation', () => {
  let app: TestApp;
  let browser: Browser;
  let maria: Person;
  let somchai: Person;
  let workspaceUrl = '';
  let invitationLink = '';
  let totpSecret = '';

  before(async () => {
    ensureWebBuilt();
    // The app's public address must be the one the browser uses, since invitation links carry it.
    app = await startTestApp();
    browser = await launchBrowser();
    maria = await newPerson(browser, app.url);
    somchai = await newPerson(browser, app.url);
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('signs up a new organization and creates its first workspace', async () => {
    const { page } = maria;
    await page.goto('/signup');
    await page.getByRole('heading', { name: 'Create your Canopy account' }).waitFor();
    await page.waitForFunction(() => document.title === 'Create your Canopy account · Canopy');
    await page.getByLabel(/^Your name/).fill(owner.name);
    await page.getByLabel(/^Email/).fill(owner.email);
    await page.getByLabel(/^Password/).fill('too short');
    await page.getByLabel(/^Organization name/).fill(owner.organization);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 10 characters.').waitFor();
    await page.getByLabel(/^Password/).fill(owner.password);
    await screenshot(page, '01-signup');
    await page.getByLabel(/^Password/).press('Enter');

    await page.getByRole('heading', { name: 'Create your first workspace' }).waitFor();
    await page.getByLabel(/^Workspace name/).fill('Acme Coffee');
    assert.match(await page.getByRole('combobox', { name: 'Time zone' }).inputValue(), /^Europe\/Athens/);
    await screenshot(page, '02-first-workspace');
    await page.getByRole('button', { name: 'Create workspace' }).click();

    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    assert.match(new URL(page.url()).pathname, /^\/w\/[0-9a-f-]{36}\/calendar$/);
    workspaceUrl = new URL(page.url()).pathname.replace(/\/calendar$/, '');
    assert.equal(await page.getByTestId('workspace-switcher').innerText(), 'Acme Coffee');
    await page.getByText('Nothing planned this month.').waitFor();
    await screenshot(page, '03-calendar-empty');
  });

  it('invites a content creator and shows the link to send', async () => {
    const { page } = maria;
    await page.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
    await page.getByRole('cell', { name: new RegExp(owner.email) }).waitFor();
    await page.getByLabel(/^Email/).fill(creator.email);
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Content creator' }).click();
    await page.getByRole('button', { name: 'Invite', exact: true }).click();

    const link = page.getByLabel('Invitation link', { exact: true });
    await link.waitFor();
    invitationLink = await link.inputValue();
    assert.match(invitationLink, new RegExp(`^${app.url}/invite/ci_`));
    await page.getByRole('cell', { name: creator.email, exact: true }).waitFor();
    await screenshot(page, '04-members-invited');
  });

  it('shows the audit log and creates an API token', async () => {
    const { page } = maria;
    await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Invitation sent' }).waitFor();
    await page.getByRole('cell', { name: 'Workspace created' }).waitFor();
    await screenshot(page, '05-audit-log');

    await page.getByRole('navigation').getByRole('link', { name: 'API tokens' }).click();
    await page.getByLabel(/^Token name/).fill('Reporting script');
    await page.getByLabel(/^Token name/).press('Enter');
    const token = await page.getByLabel('Your new token').inputValue();
    assert.match(token, /^\S{20,}$/);
    await page.getByRole('cell', { name: 'Reporting script', exact: true }).waitFor();
    await screenshot(page, '06-api-tokens');
  });

  it('lets the creator join through the link, and keeps them out of Members and Audit', async () => {
    const { page } = somchai;
    await page.goto(invitationLink);
    await page.getByRole('heading', { name: 'Join Acme Coffee' }).waitFor();
    await page.getByText('Content creator').waitFor();
    await page.getByLabel(/^Your name/).fill(creator.name);
    await page.getByLabel(/^Choose a password/).fill(creator.password);
    await screenshot(page, '07-accept-invitation');
    await page.getByRole('button', { name: 'Join workspace' }).click();

    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${workspaceUrl}/calendar`);
    assert.equal(await page.getByTestId('workspace-switcher').innerText(), 'Acme Coffee');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Compose' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Members' }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: 'Audit log' }).count(), 0);
    assert.equal(await nav.getByRole('link', { name: 'Inbox' }).count(), 0);

    await page.goto(`${workspaceUrl}/settings/members`);
    await page.getByRole('heading', { name: "You don't have access to this page" }).waitFor();
    await screenshot(page, '08-creator-no-access');
    await page.goto(`${workspaceUrl}/settings/audit`);
    await page.getByRole('heading', { name: "You don't have access to this page" }).waitFor();
  });

  it('switches the creator to Thai, and keeps Thai after a reload', async () => {
    const { page } = somchai;
    await page.goto(`${workspaceUrl}/calendar`);
    await page.getByRole('button', { name: /^Language: English/ }).click();
    await page.getByRole('menuitem', { name: 'ไทย' }).click();
    await page.getByRole('navigation').getByRole('link', { name: th.nav.calendar }).waitFor();
    await page.getByRole('heading', { name: th.nav.calendar, level: 1 }).waitFor();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'th');
    await screenshot(page, '09-thai-calendar');

    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: th.nav.compose }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'th');
    await page.goto(`${workspaceUrl}/settings/members`);
    await page.getByRole('heading', { name: th.noAccess.title }).waitFor();
    await screenshot(page, '10-thai-no-access');
  });

  it('creates a second workspace from the switcher, and switches back', async () => {
    const { page } = maria;
    await page.getByTestId('workspace-switcher').click();
    await page.getByRole('menuitem', { name: 'Create workspace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a workspace' });
    await dialog.getByLabel(/^Workspace name/).fill('Acme Tea');
    await dialog.getByRole('combobox', { name: 'Time zone' }).fill('Bangkok');
    await page.getByRole('option', { name: /^Asia\/Bangkok/ }).click();
    await dialog.getByRole('combobox', { name: 'Workspace language' }).click();
    await page.getByRole('option', { name: 'ไทย' }).click();
    await screenshot(page, '11-create-workspace');
    await dialog.getByRole('button', { name: 'Create workspace' }).click();
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    assert.equal(await page.getByTestId('workspace-switcher').innerText(), 'Acme Tea');
    assert.notEqual(new URL(page.url()).pathname, `${workspaceUrl}/calendar`);

    // Switching keeps the page when the role allows it there.
    await page.getByRole('navigation').getByRole('link', { name: 'Members' }).click();
    await page.getByTestId('workspace-switcher').click();
    await page.getByRole('menuitem', { name: 'Acme Coffee' }).click();
    await page.getByRole('cell', { name: creator.email, exact: false }).first().waitFor();
    assert.equal(new URL(page.url()).pathname, `${workspaceUrl}/settings/members`);
  });

  it('turns on two-factor sign-in, then logs in with a code', async () => {
    const { page } = maria;
    await page.getByRole('navigation').getByRole('link', { name: 'Security' }).click();
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    totpSecret = (await page.getByTestId('totp-secret').innerText()).trim();
    assert.match(totpSecret, /^[A-Z2-7]{16,}$/);
    await page.getByTestId('totp-qr').locator('svg').waitFor();
    await screenshot(page, '12-security-setup');
    await page.getByLabel('6-digit code').fill(currentTotp(totpSecret, new Date()));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByText('Two-factor sign-in is on.', { exact: false }).waitFor();
    await screenshot(page, '13-security-on');

    await page.getByRole('button', { name: `Account menu for ${owner.name}` }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Log in to Canopy' }).waitFor();
    await page.getByLabel(/^Email/).fill(owner.email);
    await page.getByLabel(/^Password/).fill(owner.password);
    await screenshot(page, '14-login');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();

    await page.getByRole('heading', { name: 'Two-factor sign-in' }).waitFor();
    await page.getByLabel('6-digit code').fill('000000');
    await page.getByRole('button', { name: 'Verify and log in' }).click();
    await page.getByRole('alert').getByText('That code is not right').waitFor();
    // The code that turned two-factor on may not be used again: take the next period's.
    await page.getByLabel('6-digit code').fill(currentTotp(totpSecret, new Date(Date.now() + 30_000)));
    await screenshot(page, '15-login-totp');
    await page.getByLabel('6-digit code').press('Enter');
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, `${workspaceUrl}/calendar`);
  });

  it('requires two-factor sign-in for everyone, which sends the creator to set it up', async () => {
    const { page } = maria;
    await page.getByRole('navigation').getByRole('link', { name: 'Organization' }).click();
    await page.getByRole('heading', { name: 'Organization', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'Two-factor sign-in turned on' }).waitFor();
    const requireTotp = page.getByRole('switch', { name: 'Require two-factor sign-in for everyone' });
    // A controlled switch: it shows the new state once React has re-rendered, so click, not check().
    await requireTotp.click();
    await page.getByRole('cell', { name: 'Organization changed' }).waitFor();
    assert.equal(await requireTotp.isChecked(), true);
    await screenshot(page, '16-organization');

    // Somchai reads Thai, and has no second factor yet: every page now leads to Security.
    await somchai.page.goto(`${workspaceUrl}/calendar`);
    await somchai.page.getByRole('alert').getByText(th.security.requiredTitle).waitFor();
    assert.equal(new URL(somchai.page.url()).pathname, '/settings/security');
    assert.equal(await somchai.page.getByTestId('workspace-switcher').count(), 0);
    await screenshot(somchai.page, '17-thai-security-required');
  });

  it('reads well in Greek and Serbian', async () => {
    const { page } = maria;
    await page.getByRole('button', { name: /^Language: English/ }).click();
    await page.getByRole('menuitem', { name: 'Ελληνικά' }).click();
    await page.getByRole('navigation').getByRole('link', { name: el.nav.members }).click();
    await page.getByRole('heading', { name: el.nav.members, level: 1 }).waitFor();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'el');
    await screenshot(page, '18-greek-members');

    await page.getByRole('button', { name: /Ελληνικά/ }).click();
    await page.getByRole('menuitem', { name: 'Српски' }).click();
    await page.getByRole('navigation').getByRole('link', { name: sr.nav.audit }).click();
    await page.getByRole('heading', { name: sr.nav.audit, level: 1 }).waitFor();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    assert.equal(await page.locator('html').getAttribute('lang'), 'sr-Cyrl');
    await screenshot(page, '19-serbian-audit');
  });

  it("changes a member's role and removes them, in Serbian", async () => {
    const { page } = maria;
    await page.getByRole('navigation').getByRole('link', { name: sr.nav.members }).click();
    const role = page.getByRole('combobox', { name: sr.members.roleOf.replace('{{name}}', creator.name) });
    await role.click();
    await page.getByRole('option', { name: sr.roles.analyst }).click();
    await page.getByText(sr.members.roleChanged).waitFor();
    assert.equal(await role.inputValue(), sr.roles.analyst);

    await page.getByRole('button', { name: sr.members.removeNamed.replace('{{name}}', creator.name) }).click();
    const dialog = page.getByRole('dialog', { name: sr.members.removeTitle });
    await dialog.getByRole('button', { name: sr.members.remove }).click();
    await page.getByText(sr.members.removed).waitFor();
    assert.equal(await page.getByRole('cell', { name: creator.email, exact: false }).count(), 0);

    await page.getByRole('navigation').getByRole('link', { name: sr.nav.audit }).click();
    await page.getByRole('cell', { name: sr.audit.actions.memberRemoved }).waitFor();
    await page.getByRole('cell', { name: sr.audit.actions.memberRoleChanged }).waitFor();
  });

  it('threw no errors in either browser', () => {
    assert.deepEqual(maria.pageErrors, []);
    assert.deepEqual(somchai.pageErrors, []);
  });
});
