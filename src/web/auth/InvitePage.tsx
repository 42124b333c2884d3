import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { get, post } from '../api/client.ts';
import { meKey, useMe } from '../api/me.ts';
import type { InvitationOffer } from '../api/types.ts';
import { FormError } from '../app/FormError.tsx';
import { FullPageLoader } from '../app/FullPageLoader.tsx';
import { problemMessage } from '../app/problems.ts';
import { roleColor } from '../app/roles.ts';
import { useLogOut } from '../app/UserMenu.tsx';
import { useFormat } from '../i18n/format.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { NewMemberForm } from './NewMemberForm.tsx';

/** /invite/:token — what the invitation offers, and the one step to accept it. */
export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const me = useMe();
  const format = useFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const logOut = useLogOut(`/invite/${token}`);
  const offer = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => get<InvitationOffer>(`/api/v1/invitations/${encodeURIComponent(token)}`),
    retry: false,
  });
  const accept = useMutation({
    mutationFn: () => post<{ workspaceId: string }>(`/api/v1/invitations/${encodeURIComponent(token)}/accept`),
    onSuccess: async ({ workspaceId }) => {
      await queryClient.invalidateQueries({ queryKey: meKey });
      void navigate(`/w/${workspaceId}`, { replace: true });
    },
  });

  if (offer.isPending || me.isPending) return <FullPageLoader />;
  if (offer.isError) {
    return (
      <AuthLayout title={t('invite.unavailableTitle')}>
        <Stack>
          <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} role="alert">
            {problemMessage(t, offer.error)}
          </Alert>
          <Text size="sm" c="dimmed">
            {t('invite.unavailableText')}
          </Text>
          <Button component={Link} to="/login" variant="light">
            {t('signup.logIn')}
          </Button>
        </Stack>
      </AuthLayout>
    );
  }

  const inv = offer.data;
  const signedIn = me.data ?? null;
  const summary = (
    <Stack gap="xs" mb="lg">
      <Text>
        <Trans
          i18nKey="invite.summary"
          values={{ organization: inv.organization.name, workspace: inv.workspace.name }}
          components={{ b: <strong /> }}
        />
      </Text>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t('invite.asRole')}
        </Text>
        <Badge color={roleColor[inv.role]} variant="light">
          {t(`roles.${inv.role}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t('invite.forEmail', { email: inv.email })}
        <br />
        {t('invite.expires', { date: format.dateTime(inv.expiresAt) })}
      </Text>
    </Stack>
  );

  let body;
  if (signedIn && signedIn.user.email.toLowerCase() !== inv.email.toLowerCase()) {
    body = (
      <Stack>
        <Alert color="orange" role="alert">
          {t('invite.wrongAccount', { email: inv.email, current: signedIn.user.email })}
        </Alert>
        <Button variant="light" onClick={() => logOut.mutate()} loading={logOut.isPending}>
          {t('userMenu.logOut')}
        </Button>
      </Stack>
    );
  } else if (signedIn) {
    body = (
      <Stack>
        <FormError error={accept.error} />
        <Button onClick={() => accept.mutate()} loading={accept.isPending} fullWidth autoFocus>
          {t('invite.accept')}
        </Button>
      </Stack>
    );
  } else if (inv.existingUser) {
    body = (
      <Stack>
        <Text size="sm">{t('invite.existingUser')}</Text>
        <Button component={Link} to={`/login?next=${encodeURIComponent(`/invite/${token}`)}`} fullWidth>
          {t('invite.logInToAccept')}
        </Button>
      </Stack>
    );
  } else {
    body = <NewMemberForm token={token} />;
  }

  return (
    <AuthLayout
      title={t('invite.title', { workspace: inv.workspace.name })}
      footer={
        !signedIn && !inv.existingUser ? (
          <>
            {t('signup.haveAccount')}{' '}
            <Anchor component={Link} to={`/login?next=${encodeURIComponent(`/invite/${token}`)}`} fw={500}>
              {t('signup.logIn')}
            </Anchor>
          </>
        ) : undefined
      }
    >
      {summary}
      {body}
    </AuthLayout>
  );
}
