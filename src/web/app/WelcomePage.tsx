import { EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { canCreateWorkspaces, firstAreaPath } from './areas.ts';
import { CreateWorkspaceForm } from './CreateWorkspaceForm.tsx';
import { usePageTitle } from './usePageTitle.ts';
import { useSignedInMe } from './useSignedInMe.ts';

/** A new organization's first stop: make the first workspace, or wait to be invited to one. */
export function WelcomePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  usePageTitle(t('welcome.title'));
  const first = me.workspaces[0];
  if (first) return <Navigate to={firstAreaPath(first)} replace />;
  if (!canCreateWorkspaces(me)) {
    return (
      <EmptyState mt={48} size="lg" variant="light">
        <EmptyState.Indicator>
          <IconUsersGroup size={32} aria-hidden />
        </EmptyState.Indicator>
        <EmptyState.Title order={1}>{t('welcome.noWorkspaceTitle')}</EmptyState.Title>
        <EmptyState.Description>{t('welcome.noWorkspaceText')}</EmptyState.Description>
      </EmptyState>
    );
  }
  return (
    <Stack maw={560} mx="auto" mt="lg" gap="lg">
      <Stack gap={6}>
        <Title order={1} size="h2">
          {t('welcome.title')}
        </Title>
        <Text c="dimmed">{t('welcome.text', { organization: me.organization.name })}</Text>
      </Stack>
      <Paper withBorder p="xl" radius="lg" shadow="xs">
        <CreateWorkspaceForm onCreated={(w) => void navigate(`/w/${w.id}/calendar`)} />
      </Paper>
    </Stack>
  );
}
