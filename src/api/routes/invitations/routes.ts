import { z } from 'zod';
import { acceptInvitation } from '../../../core/invitations/accept-invitation.ts';
import { findInvitation } from '../../../core/invitations/find-invitation.ts';
import { AppError } from '../../../core/errors.ts';
import { defineRoute } from '../../route.ts';
import { id, locale, password, personName, role, timestamp } from '../../schemas.ts';

const tokenParams = z.strictObject({ token: z.string().regex(/^ci_[A-Za-z0-9_-]{43}$/, 'must be the token from an invitation link') });

export const invitationRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/v1/invitations/:token',
    summary: 'What an invitation link offers: organization, workspace and role',
    tag: 'members',
    access: { kind: 'public' },
    params: tokenParams,
    response: {
      status: 200,
      schema: z.object({
        email: z.string(),
        role,
        expiresAt: timestamp,
        existingUser: z.boolean(),
        workspace: z.object({ id, name: z.string() }),
        organization: z.object({ id, name: z.string() }),
      }),
    },
    handler: async ({ ctx, params }) => {
      const { id: _id, ...inv } = await findInvitation(ctx.db, params.token, ctx.now());
      return inv;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/invitations/:token/accept',
    summary: 'Accept an invitation: a new person sends name and password; someone signed in sends nothing',
    tag: 'members',
    access: { kind: 'public' },
    params: tokenParams,
    body: z.strictObject({ name: personName.optional(), password: password.optional(), locale: locale.optional() }),
    response: { status: 200, schema: z.object({ workspaceId: id }) },
    handler: async ({ ctx, params, body, http }) => {
      if (ctx.actor) {
        const joined = await acceptInvitation(ctx, { token: params.token, actor: ctx.actor });
        return { workspaceId: joined.workspaceId };
      }
      if (!body.name || !body.password) {
        throw new AppError('validation_failed', 'Choose your name and a password (at least 10 characters) to join.', {
          problems: [
            ...(body.name ? [] : [{ field: 'body.name', message: 'required' }]),
            ...(body.password ? [] : [{ field: 'body.password', message: 'required' }]),
          ],
        });
      }
      const joined = await acceptInvitation(ctx, { token: params.token, name: body.name, password: body.password, locale: body.locale });
      http.startSession(joined.session!);
      return { workspaceId: joined.workspaceId };
    },
  }),
];
