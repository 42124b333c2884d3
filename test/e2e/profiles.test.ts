// Connecting social profiles, as a social media manager does it in a browser: the list of networks,
// app credentials for an OAuth network, Mastodon through its sign-in page, Bluesky's two ways on a
// real local Bluesky network (signing in on its own server, or an app password), access for one member, a profile that needs
// reconnecting and the bell that says so, the pages in Thai, and removing a profile.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { markNeedsReconnect } from '../../src/core/profiles/mark-needs-reconnect.ts';
import { startLocalBluesky, type LocalBluesky } from '../../src/networks/bluesky/testing/local-network.ts';
import { startTestApp, type TestApp } from '../../src/testing/app.ts';
import { addMember, PASSWORD, type Owner } from '../../src/testing/people.ts';
import th from '../../src/web/i18n/locales/th.json' with { type: 'json' };
import { launchBrowser, newPerson, screenshot, type Person } from './browser.ts';
import { startFakeMastodon, type FakeMastodon } from './fake-mastodon.ts';
import { apiSession, signUpInBrowser } from './signup.ts';
import { ensureWebBuilt } from './web-build.ts';

const owner = { name: 'Eleni Markou', email: 'eleni@acme.example', password: 'correct horse battery', organization: 'Acme Agency', workspace: 'Acme Coffee' };
const reason = 'Bluesky no longer accepts the app password: it was revoked in Bluesky’s settings.';

interface ProfileRow {
  id: string;
  network: string;
  handle: string;
  status: string;
  access: string;
  memberIds: string[];
}

describe('connecting profiles', () => {
  let app: TestApp;
  let bluesky: LocalBluesky;
  let mastodon: FakeMastodon;
  let browser: Browser;
  let eleni: Person;
  let page: Page;
  let api: Owner;
  let ws = '';

  const dialog = () => page.getByRole('dialog');
  const workspaceId = () => ws.replace('/w/', '');
  const profiles = async () => (await api.client.get<{ items: ProfileRow[] }>(`/api/v1/workspaces/${workspaceId()}/profiles`)).body.items;

  before(async () => {
    ensureWebBuilt();
    [bluesky, mastodon] = await Promise.all([startLocalBluesky({ appView: false, accounts: ['acmecoffee'] }), startFakeMastodon()]);
    // The local PDS and the Mastodon server listen on this machine, which Canopy refuses unless told;
    // Bluesky's default server and its directory of DIDs are the local network's.
    app = await startTestApp({
      NETWORK_ALLOW_PRIVATE_ADDRESSES: 'true',
      NETWORK_ENDPOINTS: JSON.stringify({ bluesky: bluesky.pdsUrl, bluesky_plc: bluesky.plcUrl }),
    });
    browser = await launchBrowser();
    eleni = await newPerson(browser, app.url);
    page = eleni.page;
  });

  after(async () => {
    await browser?.close();
    await app?.stop();
    await Promise.all([bluesky?.close(), mastodon?.server.stop()]);
  });

  it('opens Profiles from the navigation, empty at first', async () => {
    ws = await signUpInBrowser(page, owner);
    api = await apiSession(app.url, owner);
    await page.getByRole('navigation').getByRole('link', { name: 'Profiles' }).click();
    await page.getByRole('heading', { name: 'Profiles', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'No profiles yet' }).waitFor();
    await screenshot(page, 'profiles-01-empty');
  });

  it('lists every network, with Snapchat disabled and the reason', async () => {
    await page.getByRole('button', { name: 'Connect a profile' }).first().click();
    await dialog().getByRole('button', { name: 'Connect Bluesky' }).waitFor();
    const networks = (await api.client.get<{ items: Array<{ id: string }> }>('/api/v1/networks')).body.items;
    assert.equal(await dialog().locator('[data-network-option]').count(), networks.length);
    const snapchat = dialog().locator('[data-network-option="snapchat"]');
    assert.equal(await snapchat.getAttribute('aria-disabled'), 'true');
    await snapchat.getByText('Not available').waitFor();
    await snapchat.getByText(/lets only partners it has approved post through its API/).waitFor();
    assert.equal(await dialog().getByRole('button', { name: 'Connect Snapchat' }).count(), 0);
    await dialog().locator('[data-network-option="linkedin"]').getByText('Needs app credentials').waitFor();
    await screenshot(page, 'profiles-02-networks');
    await snapchat.scrollIntoViewIfNeeded();
    await screenshot(page, 'profiles-02-networks-snapchat');
  });

  it('says an OAuth network needs app credentials, and sets them in Settings → Networks', async () => {
    await dialog().getByRole('button', { name: 'Connect LinkedIn' }).click();
    await dialog().getByText('LinkedIn needs app credentials').waitFor();
    await dialog().getByRole('link', { name: 'How to get app credentials from LinkedIn' }).waitFor();
    await screenshot(page, 'profiles-03-needs-app-credentials');
    await dialog().getByRole('link', { name: 'Set them in Settings → Networks' }).click();

    await page.getByRole('heading', { name: 'Networks', level: 1 }).waitFor();
    const linkedin = page.getByTestId('network-app-linkedin');
    assert.equal(await linkedin.getByTestId('app-source').textContent(), 'Not set');
    // The link opened LinkedIn's section: its form is already showing.
    await linkedin.getByLabel(/^Client ID/).fill('canopy-linkedin-client');
    await linkedin.getByLabel(/^Client secret/).fill('linkedin-client-secret');
    await linkedin.getByRole('button', { name: 'Save LinkedIn credentials' }).click();
    await page.getByText('LinkedIn app credentials saved.').waitFor();
    await linkedin.getByTestId('app-source').getByText('Set for this organization').waitFor();
    assert.equal(await linkedin.getByLabel(/^Client secret/).inputValue(), '', 'the secret is never shown again');
    await screenshot(page, 'profiles-04-network-settings');

    // Now LinkedIn connects through its own sign-in page, with the organization's client id.
    await page.route('https://www.linkedin.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>LinkedIn sign-in</h1>' }));
    await page.goto(`${ws}/settings/profiles`);
    await page.getByRole('button', { name: 'Connect a profile' }).first().click();
    await dialog().getByRole('button', { name: 'Connect LinkedIn' }).click();
    await dialog().getByRole('button', { name: 'Continue to LinkedIn' }).click();
    await page.getByRole('heading', { name: 'LinkedIn sign-in' }).waitFor();
    const authorize = new URL(page.url());
    assert.equal(authorize.searchParams.get('client_id'), 'canopy-linkedin-client');
    assert.equal(authorize.searchParams.get('redirect_uri'), `${app.url}/api/v1/oauth/callback/linkedin`);
  });

  it('connects Mastodon through its sign-in page, and says clearly when that fails', async () => {
    mastodon.declineNext();
    await page.goto(`${ws}/settings/profiles`);
    await page.getByRole('button', { name: 'Connect a profile' }).first().click();
    await dialog().getByRole('button', { name: 'Connect Mastodon' }).click();
    await dialog().getByRole('button', { name: 'Continue to sign in' }).click();
    await dialog().getByText('Fill in this field.').waitFor();
    await dialog().getByLabel(/^Your Mastodon server/).fill(mastodon.server.url);
    await dialog().getByRole('button', { name: 'Continue to sign in' }).click();

    await page.getByRole('heading', { name: 'Mastodon could not be connected', level: 1 }).waitFor();
    await page.getByText('The resource owner or authorization server denied the request.').waitFor();
    await screenshot(page, 'profiles-05-connection-failed');

    await page.getByRole('link', { name: 'Try again' }).click();
    await dialog().getByLabel(/^Your Mastodon server/).fill(mastodon.server.url);
    await dialog().getByRole('button', { name: 'Continue to sign in' }).click();
    await page.getByTestId('connected-banner').getByText('Mastodon profile connected').waitFor();
    const card = page.getByRole('article', { name: 'Acme Coffee' });
    await card.getByText(`Mastodon · @acmecoffee@${new URL(mastodon.server.url).host}`).waitFor();
    await card.getByText('Connected', { exact: true }).waitFor();
    await screenshot(page, 'profiles-06-mastodon-connected');
  });

  it('offers Bluesky two ways, and signing in with Bluesky goes to the sign-in page of the account’s own server', async () => {
    const account = bluesky.accounts.acmecoffee!;
    await page.goto(`${ws}/settings/profiles`);
    await page.getByRole('button', { name: 'Connect a profile' }).first().click();
    await dialog().locator('[data-network-option="bluesky"]').getByText('Sign in on Bluesky, or use an app password').waitFor();
    await dialog().getByRole('button', { name: 'Connect Bluesky' }).click();
    const ways = dialog().getByRole('radiogroup', { name: 'How to connect' });
    assert.equal(await ways.getByRole('radio', { name: 'Sign in with Bluesky' }).isChecked(), true, 'signing in on Bluesky comes first');
    assert.equal(await ways.getByRole('radio', { name: 'Use an app password' }).isChecked(), false);
    const handle = dialog().getByLabel(/^Your Bluesky handle/);
    const submit = dialog().getByRole('button', { name: 'Continue to sign in' });
    await submit.click();
    await dialog().getByText('Fill in this field.').waitFor();
    await handle.fill('acmecoffee');
    await submit.click();
    await dialog().getByText('Enter a handle such as alice.bsky.social.').waitFor();
    await screenshot(page, 'profiles-07-bluesky-ways');

    // Where Bluesky cannot send people back to Canopy (http://localhost), the API says why, and the app password stays at hand.
    const why = 'Bluesky refused: Bluesky sends people back only to a loopback IP, not "localhost": open Canopy at http://127.0.0.1:5173 and set PUBLIC_URL to that address.';
    const start = '**/api/v1/workspaces/*/profiles/connect/bluesky?*';
    await page.route(start, (route) =>
      route.fulfill({ status: 422, contentType: 'application/problem+json', body: JSON.stringify({ title: 'Unprocessable Entity', status: 422, code: 'network_rejected', detail: why }) }),
    );
    await handle.fill(`@${account.handle}`);
    await submit.click();
    await dialog().getByRole('alert').getByText('Bluesky did not accept the connection').waitFor();
    await dialog().getByRole('alert').getByText(why).waitFor();
    await screenshot(page, 'profiles-07-bluesky-sign-in-refused');
    await dialog().getByRole('button', { name: 'Use an app password instead' }).click();
    await dialog().getByLabel(/^App password/).waitFor();
    assert.equal(await ways.getByRole('radio', { name: 'Use an app password' }).isChecked(), true);
    await page.unroute(start);

    // Canopy finds the handle's server and sends the browser to its sign-in page.
    await ways.getByText('Sign in with Bluesky').click();
    await handle.fill(`@${account.handle}`);
    const asked = page.waitForRequest((req) => req.url().includes('/profiles/connect/bluesky?'));
    const sent = page.waitForRequest((req) => req.isNavigationRequest() && req.url().startsWith(`${bluesky.pdsUrl}/oauth/authorize`));
    await submit.click();
    assert.equal(new URL((await asked).url()).searchParams.get('handle'), account.handle, 'the handle goes without its @');
    const authorize = new URL((await sent).url());
    assert.match(authorize.searchParams.get('request_uri') ?? '', /^urn:ietf:params:oauth:request_uri:/, 'the request was pushed to the PDS first');
    assert.equal(new URL(authorize.searchParams.get('client_id') ?? '').searchParams.get('redirect_uri'), `${app.url}/api/v1/oauth/callback/bluesky`);
    await page.waitForURL((url) => url.origin === new URL(bluesky.pdsUrl).origin);
  });

  it('connects a Bluesky profile with an app password, on a local Bluesky network', async () => {
    const account = bluesky.accounts.acmecoffee!;
    await page.goto(`${ws}/settings/profiles`);
    await page.getByRole('button', { name: 'Connect a profile' }).first().click();
    await dialog().getByRole('button', { name: 'Connect Bluesky' }).click();
    await dialog().getByRole('radiogroup', { name: 'How to connect' }).getByText('Use an app password').click();
    const server = dialog().getByLabel(/^Server \(PDS\) URL/);
    assert.equal(await server.inputValue(), bluesky.pdsUrl, 'the default server, here the local network’s');
    await dialog().getByText(/create an app password in Bluesky under Settings → Privacy and security → App passwords/).waitFor();
    await server.fill(bluesky.pdsUrl);
    await dialog().getByLabel(/^Handle or email/).fill(account.handle);
    await dialog().getByLabel(/^App password/).fill('wrong-pass-word-here');
    await dialog().getByRole('button', { name: 'Connect Bluesky' }).click();
    await dialog().getByRole('alert').getByText('Bluesky did not accept the connection').waitFor();
    await screenshot(page, 'profiles-07-bluesky-refused');

    await dialog().getByLabel(/^App password/).fill(account.appPassword);
    await dialog().getByRole('button', { name: 'Connect Bluesky' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await page.getByText('Bluesky profile connected').first().waitFor();
    const card = page.getByRole('article', { name: account.handle });
    await card.getByText('Just connected').waitFor();
    await card.getByText('Connected', { exact: true }).waitFor();
    await card.getByText(`Server: ${new URL(bluesky.pdsUrl).host}`).waitFor();
    await screenshot(page, 'profiles-08-bluesky-connected');
  });

  it('restricts the Bluesky profile to one member', async () => {
    const creator = await addMember(api, workspaceId(), 'content_creator', 'creator');
    await addMember(api, workspaceId(), 'analyst', 'analyst');
    await page.reload();
    const handle = `@${bluesky.accounts.acmecoffee!.handle}`;
    await page.getByRole('button', { name: `Who may use ${handle}` }).click();
    await dialog().getByRole('radio', { name: 'Only chosen members' }).check();
    // Analysts do not write posts, so they are not offered.
    assert.equal(await dialog().getByRole('checkbox', { name: /Analyst/ }).count(), 0);
    await dialog().getByRole('button', { name: 'Save changes' }).click();
    await dialog().getByText('Choose at least one member.').waitFor();
    await dialog().getByRole('checkbox', { name: /Member content_creator/ }).check();
    await screenshot(page, 'profiles-09-access');
    await dialog().getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Access saved.').waitFor();
    await page.getByRole('article', { name: bluesky.accounts.acmecoffee!.handle }).getByText('Only Member content_creator').waitFor();
    const saved = (await profiles()).find((p) => p.network === 'bluesky')!;
    assert.deepEqual([saved.access, saved.memberIds], ['restricted', [creator.userId]]);

    // The content creator sees the profiles they may use, and nothing to manage.
    const creatorPerson = await newPerson(browser, app.url);
    await creatorPerson.page.goto('/login');
    await creatorPerson.page.getByLabel(/^Email/).fill(creator.email);
    await creatorPerson.page.getByLabel(/^Password/).fill(PASSWORD);
    await creatorPerson.page.getByRole('button', { name: 'Log in', exact: true }).click();
    await creatorPerson.page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    await creatorPerson.page.getByRole('navigation').getByRole('link', { name: 'Profiles' }).click();
    await creatorPerson.page.getByRole('article', { name: bluesky.accounts.acmecoffee!.handle }).getByText('Only you').waitFor();
    assert.equal(await creatorPerson.page.getByRole('button', { name: 'Connect a profile' }).count(), 0);
    assert.equal(await creatorPerson.page.getByRole('button', { name: /^Remove / }).count(), 0);
    await screenshot(creatorPerson.page, 'profiles-09-creator-view');
    assert.deepEqual(creatorPerson.pageErrors, []);
    await creatorPerson.context.close();
  });

  it('shows a profile that needs reconnecting, and the bell tells of it', async () => {
    const profile = (await profiles()).find((p) => p.network === 'bluesky')!;
    assert.equal(await markNeedsReconnect(app.app, { profileId: profile.id, reason }), true);
    await page.reload();
    const card = page.getByRole('article', { name: bluesky.accounts.acmecoffee!.handle });
    await card.getByText('Needs reconnect').waitFor();
    await card.getByText(reason).waitFor();
    const bell = page.getByTestId('notification-bell');
    await page.getByRole('button', { name: 'Notifications: 1 unread' }).waitFor();
    await bell.click();
    const text = `Bluesky profile @${bluesky.accounts.acmecoffee!.handle} needs to be reconnected: ${reason}`;
    await page.getByRole('menuitem', { name: text }).waitFor();
    await screenshot(page, 'profiles-10-needs-reconnect-bell');
    await page.getByRole('menuitem', { name: text }).click();
    await page.getByRole('button', { name: 'Notifications', exact: true }).waitFor();

    // Reconnecting opens the form with the server and the handle filled in.
    await card.getByRole('button', { name: /^Reconnect/ }).click();
    assert.equal(await dialog().getByLabel(/^Server \(PDS\) URL/).inputValue(), new URL(bluesky.pdsUrl).origin);
    assert.equal(await dialog().getByLabel(/^Handle or email/).inputValue(), bluesky.accounts.acmecoffee!.handle);
    await dialog().getByLabel(/^App password/).fill(bluesky.accounts.acmecoffee!.appPassword);
    await dialog().getByRole('button', { name: 'Connect Bluesky' }).click();
    await card.getByText('Connected', { exact: true }).waitFor();
    await card.getByText('Only Member content_creator').waitFor();
  });

  it('reads well in Thai', async () => {
    await markNeedsReconnect(app.app, { profileId: (await profiles()).find((p) => p.network === 'mastodon')!.id, reason: 'The access token was revoked.' });
    await page.getByRole('button', { name: /^Language: English/ }).click();
    await page.getByRole('menuitem', { name: 'ไทย' }).click();
    await page.getByRole('heading', { name: th.nav.profiles, level: 1 }).waitFor();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    await page.reload();
    await page.getByText(th.profiles.status.needsReconnect).waitFor();
    await screenshot(page, 'profiles-11-thai-profiles');
    await page.getByTestId('notification-bell').click();
    await page.getByRole('menuitem').first().waitFor();
    await screenshot(page, 'profiles-12-thai-bell');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: th.profiles.connectButton }).first().click();
    await dialog().getByRole('button', { name: th.profiles.connect.pick.replace('{{network}}', 'Bluesky') }).waitFor();
    await screenshot(page, 'profiles-13-thai-networks');
    await dialog().getByRole('button', { name: th.profiles.connect.pick.replace('{{network}}', 'Bluesky') }).click();
    await dialog().getByLabel(new RegExp(`^${th.profiles.connect.handle.replace('{{network}}', 'Bluesky')}`)).waitFor();
    await dialog().getByRole('radiogroup', { name: th.profiles.connect.wayLabel }).getByText(th.profiles.connect.wayAppPassword).click();
    await dialog().getByLabel(new RegExp(`^${th.profiles.connect.fields.appPassword}`)).waitFor();
    await screenshot(page, 'profiles-14-thai-bluesky-form');
    await page.keyboard.press('Escape');
    await page.goto('/settings/networks#x');
    await page.getByRole('heading', { name: th.nav.networks, level: 1 }).waitFor();
    await screenshot(page, 'profiles-15-thai-network-settings');
    await page.getByRole('button', { name: th.language.label.replace('{{language}}', 'ไทย') }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('menu').waitFor({ state: 'hidden' });
  });

  it('removes a profile after asking', async () => {
    await page.goto(`${ws}/settings/profiles`);
    const handle = `@${bluesky.accounts.acmecoffee!.handle}`;
    await page.getByRole('button', { name: `Remove ${handle}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove profile?' });
    await confirm.getByText(`the Bluesky profile ${handle}`, { exact: false }).waitFor();
    await screenshot(page, 'profiles-16-remove');
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await page.getByText('Profile removed.').waitFor();
    await page.getByRole('article', { name: bluesky.accounts.acmecoffee!.handle }).waitFor({ state: 'detached' });
    assert.deepEqual((await profiles()).map((p) => p.network), ['mastodon']);
  });

  it('threw no errors in the page', () => {
    assert.deepEqual(eleni.pageErrors, []);
  });
});
