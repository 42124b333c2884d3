import { Group, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../app/problems.ts';
import { taskPriorities, taskTypes } from './item-look.ts';
import { useSetTask, type InboxItem, type InboxTask } from './queries.ts';

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T => value !== null && (values as readonly string[]).includes(value);

/** The item as a task (a sales lead, support, a question, feedback) with a priority; cleared, a plain item again. */
export function TaskControl({ workspaceId, item }: { workspaceId: string; item: InboxItem }) {
  const { t } = useTranslation();
  const setTask = useSetTask(workspaceId, item.id);

  function save(task: InboxTask | null) {
    setTask.mutate(task, {
      onSuccess: () =>
        notifications.show({
          color: 'canopy',
          message: task ? t('inbox.task.saved', { type: t(`inbox.task.type.${task.type}`), priority: t(`inbox.task.priority.${task.priority}`) }) : t('inbox.task.cleared'),
        }),
      onError: (err) => notifications.show({ color: 'red', title: t('inbox.task.failed'), message: problemMessage(t, err) }),
    });
  }

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        size="sm"
        w={170}
        label={t('inbox.task.label')}
        placeholder={t('inbox.task.none')}
        data={taskTypes.map((type) => ({ value: type, label: t(`inbox.task.type.${type}`) }))}
        value={item.task?.type ?? null}
        clearable
        leftSection={<IconChecklist size={16} aria-hidden />}
        onChange={(type) => save(isOneOf(taskTypes, type) ? { type, priority: item.task?.priority ?? 'normal' } : null)}
      />
      <Select
        size="sm"
        w={120}
        label={t('inbox.task.priorityLabel')}
        data={taskPriorities.map((p) => ({ value: p, label: t(`inbox.task.priority.${p}`) }))}
        value={item.task?.priority ?? 'normal'}
        disabled={!item.task}
        allowDeselect={false}
        onChange={(priority) => item.task && isOneOf(taskPriorities, priority) && save({ type: item.task.type, priority })}
      />
    </Group>
  );
}
