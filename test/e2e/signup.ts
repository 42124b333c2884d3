import type { Page } from 'playwright-core';
import { TestClient } from '../../src/testing/client.ts';
import type { Owner } from '../../src/testing/people.ts';

export interface NewOwner {
  name: string;
  email: string;
  password: string;
  organization: string;
  workspace: string;
}

/** Signs up through the pages and creates the first workspace; returns the workspace's path, /w/<id>. */
export async function signUpInBrowser(page: Page, who: NewOwner): Promise<string> {
  await page.goto('/signup');
  await page.getByLabel(/^Your name/).fill(who.name);
  await page.getByLabel(/^Email/).fill(who.email);
  await page.getByLabel(/^Password/).fill(who.password);
  await page.getByLabel(/^Organization name/).fill(who.organization);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByLabel(/^Workspace name/).fill(who.workspace);
  await page.getByRole('button', { name: 'Create workspace' }).click();
  await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
  return new URL(page.url()).pathname.replace(/\/calendar$/, '');
}

/** The same person, signed in to the API beside the browser, for setting up what a test needs. */
export async function apiSession(baseUrl: string, who: NewOwner): Promise<Owner> {
  const client = new TestClient(baseUrl);
  const login = await client.post('/api/v1/auth/login', { email: who.email, password: who.password });
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${JSON.stringify(login.body)}`);
  const me = await client.get<{ user: { id: string }; organization: { id: string } }>('/api/v1/me');
  return { client, email: who.email, userId: me.body.user.id, organizationId: me.body.organization.id };
}
