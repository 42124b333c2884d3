import { NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import type { Me, WorkspaceOfMe } from '../api/types.ts';
import { ApprovalsCount } from '../approvals/ApprovalsCount.tsx';
import { accountSettings, areas, may, workspaceSettings } from './areas.ts';

interface Props {
  me: Me;
  workspace: WorkspaceOfMe | undefined;
  onNavigate(): void;
}

interface Item {
  to: string;
  label: string;
  icon: Icon;
  /** A count beside the label, such as the posts waiting for my approval. */
  badge?: ReactNode;
}

function Section({ title, items, onNavigate }: { title?: string; items: Item[]; onNavigate(): void }) {
  const { pathname } = useLocation();
  if (items.length === 0) return null;
  return (
    <Stack gap={2}>
      {title && (
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4} component="h2" style={{ letterSpacing: 0.4 }}>
          {title}
        </Text>
      )}
      {items.map(({ to, label, icon: Icon, badge }) => {
        const active = pathname === to || pathname.startsWith(`${to}/`);
        return (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={label}
            leftSection={<Icon size={18} stroke={1.7} aria-hidden />}
            rightSection={badge}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </Stack>
  );
}

/** Only what this person's role may open: nothing here leads to a "no access" page. */
export function Navbar({ me, workspace, onNavigate }: Props) {
  const { t } = useTranslation();
  const base = workspace ? `/w/${workspace.id}` : null;
  const areaItems: Item[] =
    base && workspace && !me.mustEnrollTotp
      ? areas
          .filter((a) => may(workspace, a.permission))
          .map((a) => ({
            to: `${base}/${a.path}`,
            label: t(`nav.${a.key}`),
            icon: a.icon,
            badge: a.key === 'approvals' ? <ApprovalsCount workspaceId={workspace.id} /> : undefined,
          }))
      : [];
  const settingItems: Item[] =
    base && workspace && !me.mustEnrollTotp
      ? workspaceSettings
          .filter((a) => may(workspace, a.permission))
          .map((a) => ({ to: `${base}/${a.path}`, label: t(`nav.${a.key}`), icon: a.icon }))
      : [];
  const accountItems: Item[] = accountSettings
    .filter((s) => (me.mustEnrollTotp ? s.key === 'security' : s.visible(me)))
    .map((s) => ({ to: s.path, label: t(`nav.${s.key}`), icon: s.icon }));

  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Stack gap={4}>
        <Section items={areaItems} onNavigate={onNavigate} />
        <Section title={t('nav.workspaceSettings')} items={settingItems} onNavigate={onNavigate} />
        <Section title={t('nav.account')} items={accountItems} onNavigate={onNavigate} />
      </Stack>
    </ScrollArea>
  );
}
