import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../app/QueryState.tsx';
import { useHandoffDeliveries, type HandoffDelivery } from './queries.ts';

const statusColor: Record<HandoffDelivery['status'], string> = { pending: 'yellow', delivered: 'green', failed: 'red' };

/** A target's delivery log, newest first: how each lead went, after how many attempts, and why not. */
export function DeliveryLog({ workspaceId, targetId }: { workspaceId: string; targetId: string }) {
  const { t, i18n } = useTranslation();
  const deliveries = useHandoffDeliveries(workspaceId, targetId);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const count = new Intl.NumberFormat(i18n.language);
  return (
    <QueryState query={deliveries}>
      {(items) =>
        items.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('handoff.log.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table striped aria-label={t('handoff.log.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('handoff.log.when')}</Table.Th>
                  <Table.Th>{t('handoff.log.status')}</Table.Th>
                  <Table.Th>{t('handoff.log.attempts')}</Table.Th>
                  <Table.Th>{t('handoff.log.answer')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((d) => (
                  <Table.Tr key={d.id} data-delivery={d.id}>
                    <Table.Td>
                      {when.format(new Date(d.createdAt))}
                      {d.itemId === null && (
                        <Badge ml="xs" variant="light" color="gray">
                          {t('handoff.log.test')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[d.status]} variant="light">
                        {t(`handoff.status.${d.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{count.format(d.attempts)}</Table.Td>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>
                      {d.lastStatusCode ?? ''} {d.lastError ?? (d.status === 'pending' && d.nextAttemptAt ? t('handoff.log.nextAttempt', { when: when.format(new Date(d.nextAttemptAt)) }) : '')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      }
    </QueryState>
  );
}
