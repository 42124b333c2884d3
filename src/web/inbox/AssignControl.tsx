import { Loader, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUser } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../app/problems.ts';
import { useAssignItem, type InboxItem } from './queries.ts';
import { useAssignees } from './useAssignees.ts';

const NOBODY = 'none';

interface Props {
  workspaceId: string;
  item: InboxItem;
  /** Opened from the keyboard (a) as well as by a click. */
  opened: boolean;
  onOpenedChange(opened: boolean): void;
  inputRef: Ref<HTMLInputElement>;
}

/** Who owns the item: a member who may work the inbox, or nobody. */
export function AssignControl({ workspaceId, item, opened, onOpenedChange, inputRef }: Props) {
  const { t } = useTranslation();
  const { assignable, nameOf } = useAssignees();
  const assign = useAssignItem(workspaceId, item.id);
  const options = [{ value: NOBODY, label: t('inbox.nobody') }, ...assignable.map((a) => ({ value: a.userId, label: a.name }))];
  if (item.assigneeId && !options.some((o) => o.value === item.assigneeId)) options.push({ value: item.assigneeId, label: nameOf(item.assigneeId) });

  function choose(value: string | null) {
    const userId = !value || value === NOBODY ? null : value;
    if (userId === item.assigneeId) return;
    assign.mutate({ userId }, {
      onSuccess: () => notifications.show({ color: 'canopy', message: userId ? t('inbox.assigned', { name: nameOf(userId) }) : t('inbox.unassigned') }),
      onError: (err) => notifications.show({ color: 'red', title: t('inbox.assignFailed'), message: problemMessage(t, err) }),
    });
  }

  return (
    <Select
      ref={inputRef}
      size="sm"
      w={{ base: '100%', xs: 240 }}
      label={t('inbox.assign')}
      data={options}
      value={item.assigneeId ?? NOBODY}
      onChange={choose}
      allowDeselect={false}
      searchable
      dropdownOpened={opened}
      onDropdownOpen={() => onOpenedChange(true)}
      onDropdownClose={() => onOpenedChange(false)}
      leftSection={<IconUser size={16} aria-hidden />}
      rightSection={assign.isPending ? <Loader size={14} aria-label={t('common.loading')} /> : undefined}
    />
  );
}
