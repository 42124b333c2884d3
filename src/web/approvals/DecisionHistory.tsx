import { Text, Timeline } from '@mantine/core';
import { IconCheck, IconClockX, IconMessageCircle, IconPencil, IconSend, IconX, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../app/QueryState.tsx';
import { useFormat } from '../i18n/format.ts';
import { useDecisions, type PostDecision } from './queries.ts';

const looks: Record<PostDecision['decision'], { icon: Icon; color: string }> = {
  submitted: { icon: IconSend, color: 'blue' },
  approved: { icon: IconCheck, color: 'teal' },
  rejected: { icon: IconX, color: 'red' },
  changes_requested: { icon: IconMessageCircle, color: 'orange' },
  edited: { icon: IconPencil, color: 'gray' },
  approval_missed: { icon: IconClockX, color: 'red' },
};

/** A post's way through approval, oldest first: who did what and when, with their comment and what they changed. */
export function DecisionHistory(props: { workspaceId: string; postId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const decisions = useDecisions(props.workspaceId, props.postId);
  return (
    <QueryState query={decisions}>
      {(items) =>
        items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('approvals.history.empty')}
          </Text>
        ) : (
          <Timeline active={items.length - 1} bulletSize={24} lineWidth={2} aria-label={t('approvals.history.title')}>
            {items.map((d) => {
              const look = looks[d.decision];
              const Icon = look.icon;
              const name = d.actor?.name ?? t('approvals.history.someone');
              return (
                <Timeline.Item key={d.id} color={look.color} bullet={<Icon size={14} aria-hidden />} title={t(`approvals.history.${d.decision}`, { name, step: (d.step ?? 0) + 1 })}>
                  <Text size="xs" c="dimmed">
                    {format.dateTime(d.createdAt)}
                  </Text>
                  {d.comment && (
                    <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                      {d.comment}
                    </Text>
                  )}
                  {d.changes && Object.keys(d.changes).length > 0 && (
                    <Text size="xs" c="dimmed" mt={4}>
                      {t('approvals.history.changed', { fields: format.list(Object.keys(d.changes)) })}
                    </Text>
                  )}
                </Timeline.Item>
              );
            })}
          </Timeline>
        )
      }
    </QueryState>
  );
}
