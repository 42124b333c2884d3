import { z } from 'zod';
import { logIn } from '../../../core/accounts/log-in.ts';
import { createSession, endSession } from '../../../core/accounts/sessions.ts';
import { signUp } from '../../../core/accounts/sign-up.ts';
import { getMe } from '../../../core/accounts/get-me.ts';
import { defineRoute } from '../../route.ts';
import { email, locale, password, personName, title, totpCode } from '../../schemas.ts';
import { meSchema } from '../me/schema.ts';

export const authRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/signup',
    summary: 'Create an organization and its owner, and sign in',
    tag: 'auth',
    access: { kind: 'public' },
    body: z.strictObject({ email, password, name: personName, organization: title, locale: locale.optional() }),
    response: { status: 201, schema: meSchema },
    handler: async ({ ctx, body, http }) => {
      const { userId, organizationId } = await signUp(ctx, body);
      http.startSession(await createSession(ctx, userId));
      return getMe({ ...ctx, actor: { userId, organizationId, orgRole: 'owner' } });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/login',
    summary: 'Sign in with email, password and, when enrolled, a TOTP code',
    tag: 'auth',
    access: { kind: 'public' },
    body: z.strictObject({ email, password: z.string().min(1).max(200), totp: totpCode.optional() }),
    response: { status: 200, schema: meSchema },
    handler: async ({ ctx, body, http }) => {
      const session = await logIn(ctx, { ...body, ip: http.ip });
      http.startSession(session);
      return getMe({ ...ctx, actor: session.actor });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/auth/logout',
    summary: 'End this session',
    tag: 'auth',
    access: { kind: 'signed_in' },
    beforeTotpEnrollment: true,
    response: { status: 204 },
    handler: async ({ ctx, http }) => {
      if (http.sessionToken) await endSession(ctx, http.sessionToken);
      http.clearSession();
    },
  }),
];
