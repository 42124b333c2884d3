import { AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch } from 'react-router-dom';
import type { Me } from '../api/types.ts';
import { LanguageSwitcher } from './LanguageSwitcher.tsx';
import { lastWorkspace, rememberWorkspace } from './last-workspace.ts';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { PublishingBanner } from '../publishing/PublishingBanner.tsx';
import { Logo } from './Logo.tsx';
import { Navbar } from './Navbar.tsx';
import { SkipLink } from './SkipLink.tsx';
import { UserMenu } from './UserMenu.tsx';
import { WorkspaceSwitcher } from './WorkspaceSwitcher.tsx';

/** Header, navigation and the page: the frame around everything a signed-in person sees. */
export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const routeWorkspaceId = useMatch('/w/:workspaceId/*')?.params.workspaceId;
  const inRoute = me.workspaces.find((w) => w.id === routeWorkspaceId);
  const workspace = inRoute ?? (routeWorkspaceId ? undefined : lastWorkspace(me));

  useEffect(() => {
    if (inRoute) rememberWorkspace(inRoute.id);
  }, [inRoute]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', md: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: 1 }}>
            <Burger opened={navOpened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('common.toggleNavigation')} />
            <Link to="/" aria-label={t('common.home')} style={{ textDecoration: 'none' }}>
              <Logo compact />
            </Link>
            {!me.mustEnrollTotp && <WorkspaceSwitcher me={me} current={workspace} />}
          </Group>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <LanguageSwitcher compact />
            {!me.mustEnrollTotp && <NotificationBell />}
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.label')}>
        <Navbar me={me} workspace={workspace} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }} bg="var(--mantine-color-gray-0)">
        <div style={{ maxWidth: 1080, margin: '0 auto' }}>
          <PublishingBanner />
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
