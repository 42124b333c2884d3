import QRCode from 'qrcode';
import { z } from 'zod';
import { getMe } from '../../../core/accounts/get-me.ts';
import { beginTotpSetup, disableTotp, enableTotp } from '../../../core/accounts/two-factor.ts';
import { updateProfile } from '../../../core/accounts/update-profile.ts';
import { defineRoute } from '../../route.ts';
import { locale, personName, totpCode } from '../../schemas.ts';
import { meSchema } from './schema.ts';

export const meRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/me',
    summary: 'The signed-in person, their organization and the workspaces they may enter',
    tag: 'me',
    access: { kind: 'signed_in' },
    beforeTotpEnrollment: true,
    response: { status: 200, schema: meSchema },
    handler: ({ ctx }) => getMe(ctx),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/me',
    summary: 'Change your name or language',
    tag: 'me',
    access: { kind: 'signed_in' },
    beforeTotpEnrollment: true,
    body: z.strictObject({ name: personName.optional(), locale: locale.optional() }),
    response: { status: 200, schema: meSchema },
    handler: async ({ ctx, body }) => {
      await updateProfile(ctx, body);
      return getMe(ctx);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/totp/setup',
    summary: 'Start two-factor setup: returns a secret and a QR code for an authenticator app',
    tag: 'me',
    access: { kind: 'signed_in' },
    beforeTotpEnrollment: true,
    response: { status: 200, schema: z.object({ secret: z.string(), otpauthUrl: z.string(), qrSvg: z.string() }) },
    handler: async ({ ctx }) => {
      const setup = await beginTotpSetup(ctx);
      return { ...setup, qrSvg: await QRCode.toString(setup.otpauthUrl, { type: 'svg', margin: 1 }) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/totp/enable',
    summary: 'Finish two-factor setup with a code from the app',
    tag: 'me',
    access: { kind: 'signed_in' },
    beforeTotpEnrollment: true,
    body: z.strictObject({ code: totpCode }),
    response: { status: 200, schema: meSchema },
    handler: async ({ ctx, body }) => {
      await enableTotp(ctx, body);
      return getMe(ctx);
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/me/totp/disable',
    summary: 'Turn two-factor sign-in off (needs a current code)',
    tag: 'me',
    access: { kind: 'signed_in' },
    body: z.strictObject({ code: totpCode }),
    response: { status: 200, schema: meSchema },
    handler: async ({ ctx, body }) => {
      await disableTotp(ctx, body);
      return getMe(ctx);
    },
  }),
];
