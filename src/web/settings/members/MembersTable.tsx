import { ActionIcon, Badge, Group, Paper, Select, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck, IconShieldOff, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del, patch } from '../../api/client.ts';
import type { Items, Member, Role, WorkspaceOfMe } from '../../api/types.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { problemMessage } from '../../app/problems.ts';
import { grantableRoles, roleColor } from '../../app/roles.ts';
import { useSignedInMe } from '../../app/useSignedInMe.ts';
import { membersKey } from './queries.ts';

interface Props {
  workspace: WorkspaceOfMe;
  members: Member[];
  canManage: boolean;
}

export function MembersTable({ workspace, members, canManage }: Props) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState<Member | null>(null);
  const roleOptions = grantableRoles(workspace.role).map((r) => ({ value: r, label: t(`roles.${r}`) }));

  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      patch<Items<Member>>(`/api/v1/workspaces/${workspace.id}/members/${userId}`, { role }),
    onSuccess: (res) => {
      queryClient.setQueryData(membersKey(workspace.id), res.items);
      notifications.show({ color: 'canopy', message: t('members.roleChanged') });
    },
    onError: (err) => notifications.show({ color: 'red', title: t('members.roleChangeFailed'), message: problemMessage(t, err) }),
  });
  const remove = useMutation({
    mutationFn: (userId: string) => del(`/api/v1/workspaces/${workspace.id}/members/${userId}`),
    onSuccess: async () => {
      setRemoving(null);
      await queryClient.invalidateQueries({ queryKey: membersKey(workspace.id) });
      notifications.show({ color: 'canopy', message: t('members.removed') });
    },
    onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }),
  });

  const rows = members.map((m) => {
    const editable = canManage && m.via === 'workspace' && m.userId !== me.user.id && (m.role !== 'owner' || workspace.role === 'owner');
    const roleLabel = t(`roles.${m.role}`);
    return (
      <Table.Tr key={m.userId}>
        <Table.Td>
          <Text size="sm" fw={500}>
            {m.name}
            {m.userId === me.user.id && (
              <Text span c="dimmed" size="sm" fw={400}>
                {' '}
                ({t('members.you')})
              </Text>
            )}
          </Text>
          <Text size="xs" c="dimmed">
            {m.email}
          </Text>
        </Table.Td>
        <Table.Td>
          {editable ? (
            <Select
              size="xs"
              w={240}
              data={roleOptions}
              value={m.role}
              allowDeselect={false}
              aria-label={t('members.roleOf', { name: m.name })}
              disabled={changeRole.isPending && changeRole.variables.userId === m.userId}
              onChange={(value) => {
                if (value && value !== m.role) changeRole.mutate({ userId: m.userId, role: value as Role });
              }}
            />
          ) : (
            <Group gap={6}>
              <Badge color={roleColor[m.role]} variant="light">
                {roleLabel}
              </Badge>
              {m.via === 'organization' && (
                <Text size="xs" c="dimmed">
                  {t('members.viaOrganization')}
                </Text>
              )}
            </Group>
          )}
        </Table.Td>
        <Table.Td>
          {m.totpEnabled ? (
            <Group gap={4} c="canopy.7">
              <IconShieldCheck size={16} aria-hidden />
              <Text size="sm">{t('members.totpOn')}</Text>
            </Group>
          ) : (
            <Group gap={4} c="dimmed">
              <IconShieldOff size={16} aria-hidden />
              <Text size="sm">{t('members.totpOff')}</Text>
            </Group>
          )}
        </Table.Td>
        {canManage && (
          <Table.Td ta="right">
            {editable && (
              <Tooltip label={t('members.remove')}>
                <ActionIcon variant="subtle" color="red" aria-label={t('members.removeNamed', { name: m.name })} onClick={() => setRemoving(m)}>
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </Table.Td>
        )}
      </Table.Tr>
    );
  });

  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover>
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              <Table.Th>{t('members.columns.member')}</Table.Th>
              <Table.Th>{t('members.columns.role')}</Table.Th>
              <Table.Th>{t('members.columns.totp')}</Table.Th>
              {canManage && (
                <Table.Th>
                  <VisuallyHidden>{t('members.columns.actions')}</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{rows}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={removing !== null}
        title={t('members.removeTitle')}
        message={t('members.removeConfirm', { name: removing?.name ?? '', workspace: workspace.name })}
        confirmLabel={t('members.remove')}
        loading={remove.isPending}
        onConfirm={() => removing && remove.mutate(removing.userId)}
        onClose={() => setRemoving(null)}
      />
    </Paper>
  );
}
