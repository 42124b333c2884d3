import { ActionIcon, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconClockPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../api/types.ts';
import { FormError } from '../../app/FormError.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { intlTags, isLocale } from '../../i18n/languages.ts';
import { profileHandle } from '../../networks/handle.ts';
import { useQueueSlots, useSaveQueueSlots, type QueueSlot } from './QueueSlotsQueries.ts';

interface Props {
  workspaceId: string;
  /** The workspace's IANA zone: the slots are on its clock. */
  zone: string;
  profile: Profile | null;
  onClose(): void;
}

interface Row extends QueueSlot {
  key: number;
}

const weekdays = [1, 2, 3, 4, 5, 6, 7];

/** Weekday names in the reader's language, Monday first (1 January 2024 was a Monday). */
function useWeekdayNames(): string[] {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const tag = isLocale(i18n.language) ? intlTags[i18n.language] : 'en';
    const name = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
    return weekdays.map((d) => name.format(new Date(Date.UTC(2024, 0, d))));
  }, [i18n.language]);
}

function SlotsForm({ workspaceId, zone, profile, slots, onClose }: { workspaceId: string; zone: string; profile: Profile; slots: QueueSlot[]; onClose(): void }) {
  const { t } = useTranslation();
  const names = useWeekdayNames();
  const save = useSaveQueueSlots(workspaceId, profile.id);
  const [rows, setRows] = useState<Row[]>(() => slots.map((s, key) => ({ ...s, key })));
  const [nextKey, setNextKey] = useState(slots.length);
  const [incomplete, setIncomplete] = useState(false);

  const change = (key: number, patch: Partial<QueueSlot>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  function add() {
    const last = rows.at(-1);
    // The next day at the same time is what people add most: a weekday routine.
    setRows([...rows, { key: nextKey, weekday: last ? (last.weekday % 7) + 1 : 1, time: last?.time ?? '09:00' }]);
    setNextKey(nextKey + 1);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    if (rows.some((r) => !/^\d{2}:\d{2}$/.test(r.time))) {
      setIncomplete(true);
      return;
    }
    save.mutate(
      rows.map(({ weekday, time }) => ({ weekday, time })),
      {
        onSuccess: () => {
          notifications.show({ color: 'canopy', message: t('posting.slots.saved') });
          onClose();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('posting.slots.hint', { zone })}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm" data-testid="queue-slots-empty">
            {t('posting.slots.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('posting.slots.title', { handle: profileHandle(profile) })}>
            {rows.map((row, i) => (
              <Group component="li" key={row.key} gap="xs" wrap="nowrap" align="flex-end" data-testid="queue-slot">
                <NativeSelect
                  style={{ flex: 1 }}
                  label={i === 0 ? t('posting.slots.weekday') : undefined}
                  aria-label={t('posting.slots.weekday')}
                  value={String(row.weekday)}
                  onChange={(e) => change(row.key, { weekday: Number(e.currentTarget.value) })}
                  data={weekdays.map((d) => ({ value: String(d), label: names[d - 1]! }))}
                />
                <TextInput
                  type="time"
                  w={130}
                  label={i === 0 ? t('posting.slots.time') : undefined}
                  aria-label={t('posting.slots.time')}
                  value={row.time}
                  required
                  error={incomplete && !/^\d{2}:\d{2}$/.test(row.time)}
                  onChange={(e) => {
                    change(row.key, { time: e.currentTarget.value });
                    setIncomplete(false);
                  }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mb={2}
                  onClick={() => setRows(rows.filter((r) => r.key !== row.key))}
                  aria-label={t('posting.slots.remove', { weekday: names[row.weekday - 1], time: row.time })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
        )}
        {incomplete && (
          <Text size="sm" c="red" role="alert">
            {t('posting.slots.timeRequired')}
          </Text>
        )}
        <Group>
          <Button variant="light" leftSection={<IconClockPlus size={16} aria-hidden />} onClick={add}>
            {t('posting.slots.add')}
          </Button>
        </Group>
        <FormError error={save.error} fields={['slots']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A profile's weekly posting slots: "Add to queue" puts a post into the next free one. */
export function QueueSlotsModal({ workspaceId, zone, profile, onClose }: Props) {
  const { t } = useTranslation();
  const slots = useQueueSlots(workspaceId, profile?.id ?? null);
  return (
    <Modal opened={profile !== null} onClose={onClose} title={profile ? t('posting.slots.title', { handle: profileHandle(profile) }) : ''} centered size="md">
      {profile && <QueryState query={slots}>{(items) => <SlotsForm key={profile.id} workspaceId={workspaceId} zone={zone} profile={profile} slots={items} onClose={onClose} />}</QueryState>}
    </Modal>
  );
}
