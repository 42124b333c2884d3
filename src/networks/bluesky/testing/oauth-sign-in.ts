import type { Page } from 'playwright-core';

/**
 * Does what a person does on their PDS's OAuth pages: signs in with the account password (the
 * handle is already filled in from Canopy's login hint), then authorizes Canopy or denies it.
 * The PDS then sends the browser on to Canopy's callback.
 */
export async function signInAndDecide(page: Page, input: { authorizationUrl: string; password: string; decision: 'authorize' | 'deny' }): Promise<void> {
  await page.goto(input.authorizationUrl);
  await page.getByRole('textbox', { name: 'Password' }).fill(input.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: input.decision === 'authorize' ? 'Authorize' : 'Deny access' }).click();
}
