import { ActionIcon, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../api/types.ts';
import type { ApprovalWorkflow } from './queries.ts';

interface Props {
  workflows: ApprovalWorkflow[];
  members: Member[];
  onEdit(workflow: ApprovalWorkflow): void;
  onDelete(workflow: ApprovalWorkflow): void;
}

/** Each workflow with its steps in order, as people read them: a name, or "anyone who is a manager". */
export function WorkflowList({ workflows, members, onEdit, onDelete }: Props) {
  const { t } = useTranslation();
  if (workflows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('approvals.workflows.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      {workflows.map((w) => (
        <Paper key={w.id} withBorder radius="md" p="md">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Stack gap={6} miw={0}>
              <Text fw={600}>{w.name}</Text>
              <Group gap={6} wrap="wrap">
                {w.steps.map((s, i) => (
                  <Badge key={i} variant="light" color="gray" tt="none" size="lg" radius="sm">
                    {i + 1}.{' '}
                    {'approverId' in s
                      ? (members.find((m) => m.userId === s.approverId)?.name ?? t('approvals.workflows.unknownPerson'))
                      : t('approvals.workflows.anyone', { role: t(`roles.${s.approverRole}`) })}
                  </Badge>
                ))}
              </Group>
            </Stack>
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="subtle" onClick={() => onEdit(w)} aria-label={`${t('approvals.workflows.edit')}: ${w.name}`}>
                <IconPencil size={18} aria-hidden />
              </ActionIcon>
              <ActionIcon variant="subtle" color="red" onClick={() => onDelete(w)} aria-label={`${t('approvals.workflows.delete')}: ${w.name}`}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
