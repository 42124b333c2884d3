import { Button, Menu, Modal, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCheck, IconPlus, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import type { Me, WorkspaceOfMe } from '../api/types.ts';
import { areas, canCreateWorkspaces, firstAreaPath, may, workspaceSettings } from './areas.ts';
import { CreateWorkspaceForm } from './CreateWorkspaceForm.tsx';

interface Props {
  me: Me;
  current: WorkspaceOfMe | undefined;
}

/** Lists the workspaces this person may enter; switching keeps them on the same page when allowed. */
export function WorkspaceSwitcher({ me, current }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);

  function switchTo(target: WorkspaceOfMe): void {
    const sub = /^\/w\/[^/]+\/(.+)$/.exec(location.pathname)?.[1];
    const same = [...areas, ...workspaceSettings].find((a) => a.path === sub);
    void navigate(same && may(target, same.permission) ? `/w/${target.id}/${same.path}` : firstAreaPath(target));
  }

  return (
    <>
      <Menu position="bottom-start" shadow="md" width={260}>
        <Menu.Target>
          <Button
            variant="default"
            rightSection={<IconSelector size={16} aria-hidden />}
            aria-label={current ? t('workspace.switcherLabel', { name: current.name }) : t('workspace.choose')}
            maw={260}
            miw={0}
            styles={{ root: { flexShrink: 1 }, label: { overflow: 'hidden' } }}
            data-testid="workspace-switcher"
          >
            <Text size="sm" fw={500} truncate>
              {current?.name ?? t('workspace.choose')}
            </Text>
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('workspace.list')}</Menu.Label>
          {me.workspaces.map((w) => (
            <Menu.Item
              key={w.id}
              onClick={() => switchTo(w)}
              rightSection={w.id === current?.id ? <IconCheck size={16} aria-hidden /> : null}
              aria-current={w.id === current?.id ? 'true' : undefined}
            >
              <Text size="sm" truncate>
                {w.name}
              </Text>
            </Menu.Item>
          ))}
          {me.workspaces.length === 0 && (
            <Menu.Item disabled>
              <Text size="sm" c="dimmed">
                {t('workspace.none')}
              </Text>
            </Menu.Item>
          )}
          {canCreateWorkspaces(me) && (
            <>
              <Menu.Divider />
              <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={openCreate}>
                {t('workspace.create')}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      <Modal opened={creating} onClose={closeCreate} title={t('workspace.createTitle')} centered size="md">
        <CreateWorkspaceForm
          onCancel={closeCreate}
          onCreated={(w) => {
            closeCreate();
            void navigate(`/w/${w.id}/calendar`);
          }}
        />
      </Modal>
    </>
  );
}
