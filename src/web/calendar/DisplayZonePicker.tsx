import { Badge, Group, Select, Text } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timeZoneOptions } from '../app/timezones.ts';

interface Props {
  value: string;
  workspaceZone: string;
  onChange(zone: string): void;
}

/** Which zone the calendar's times are in: the workspace's by default, or one the person picks. */
export function DisplayZonePicker({ value, workspaceZone, onChange }: Props) {
  const { t } = useTranslation();
  const options = useMemo(() => timeZoneOptions(), []);
  const id = useId();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text component="label" htmlFor={id} size="xs" fw={500}>
        {t('calendar.zone')}
      </Text>
      <Select
        id={id}
        size="xs"
        w={240}
        searchable
        leftSection={<IconWorld size={14} aria-hidden />}
        data={options}
        value={value}
        allowDeselect={false}
        limit={40}
        onChange={(zone) => zone && onChange(zone)}
        comboboxProps={{ withinPortal: true }}
      />
      <Badge variant="light" color={value === workspaceZone ? 'canopy' : 'orange'} tt="none">
        {value === workspaceZone ? t('calendar.workspaceZone') : t('calendar.ownZone')}
      </Badge>
    </Group>
  );
}
