import { Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ComposeDraft, When } from './draft.ts';
import type { ApprovalWorkflow } from '../approvals/queries.ts';

interface Props {
  draft: ComposeDraft;
  zone: string;
  onChange(patch: Partial<ComposeDraft>): void;
  /** The workspace's workflows when this person's posts need approval; undefined when they do not. */
  workflows: ApprovalWorkflow[] | undefined;
  errors: Partial<Record<'date' | 'time', string>>;
}

/** When the post goes out: at a date and time in the workspace's zone, at the next queue slot, or not yet (a draft). */
export function WhenFields({ draft, zone, onChange, workflows, errors }: Props) {
  const { t } = useTranslation();
  const options: When[] = ['schedule', 'queue', 'draft'];
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('compose.when.title')}
        value={draft.when}
        onChange={(value) => onChange({ when: value as When })}
        data={options.map((value) => ({ value, label: t(`compose.when.${value}`) }))}
        fullWidth
      />
      {draft.when === 'schedule' && (
        <Stack gap={6}>
          <Group grow align="flex-start">
            <TextInput type="date" label={t('compose.when.date')} value={draft.date} onChange={(e) => onChange({ date: e.currentTarget.value })} error={errors.date} required />
            <TextInput type="time" label={t('compose.when.time')} value={draft.time} onChange={(e) => onChange({ time: e.currentTarget.value })} error={errors.time} required />
          </Group>
          <Group gap={4}>
            <IconWorld size={14} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text size="xs" c="dimmed">
              {t('compose.when.zone', { zone })}
            </Text>
          </Group>
        </Stack>
      )}
      {draft.when !== 'schedule' && (
        <Text size="xs" c="dimmed">
          {t(draft.when === 'queue' ? 'compose.when.queueHint' : 'compose.when.draftHint')}
        </Text>
      )}
      {workflows && draft.when !== 'draft' && (
        <Stack gap={6}>
          <Text size="sm" c="dimmed">
            {t('compose.when.approvalNeeded')}
          </Text>
          <Select
            label={t('compose.when.workflow')}
            placeholder={t('compose.when.defaultWorkflow')}
            data={workflows.map((w) => ({ value: w.id, label: w.name }))}
            value={draft.workflowId}
            onChange={(workflowId) => onChange({ workflowId })}
            clearable
          />
        </Stack>
      )}
    </Stack>
  );
}
