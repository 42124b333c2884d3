import { z } from 'zod';
import { locales } from '../core/accounts/locales.ts';
import { roles } from '../core/policies/roles.ts';
import { isTimeZone } from '../core/workspaces/timezones.ts';

export const email = z.email('must be an email address like name@example.com').max(254).transform((e) => e.toLowerCase());
export const password = z
  .string()
  .min(10, 'must be at least 10 characters')
  .max(200, 'must be at most 200 characters');
export const personName = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
export const title = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');
export const locale = z.enum(locales, { message: `must be one of: ${locales.join(', ')}` });
export const role = z.enum(roles, { message: `must be one of: ${roles.join(', ')}` });
export const timezone = z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Athens or Asia/Bangkok');
export const id = z.uuid('must be an id (UUID)');
export const totpCode = z.string().regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app');
export const timestamp = z.iso.datetime();

export const workspaceParams = z.strictObject({ workspaceId: id });

export const workspaceSummary = z.object({ id, name: z.string(), timezone: z.string(), locale: z.string(), role });
export const networkId = z.string().regex(/^[a-z][a-z0-9_]{0,30}$/, 'must be a network id such as bluesky, x or mastodon');
