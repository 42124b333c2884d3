import { Button, Code, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconKeyOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { del } from '../../api/client.ts';
import type { ApiToken } from '../../api/types.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { problemMessage } from '../../app/problems.ts';
import { useFormat } from '../../i18n/format.ts';

export function TokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useMutation({
    mutationFn: (id: string) => del(`/api/v1/tokens/${id}`),
    onSuccess: async () => {
      setRevoking(null);
      await queryClient.invalidateQueries({ queryKey: ['tokens'] });
      notifications.show({ color: 'canopy', message: t('tokens.revoked') });
    },
    onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }),
  });

  if (tokens.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('tokens.none')}
      </Text>
    );
  }
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden' }}>
      <Table.ScrollContainer minWidth={600}>
        <Table verticalSpacing="sm" horizontalSpacing="md">
          <Table.Thead bg="var(--mantine-color-gray-0)">
            <Table.Tr>
              <Table.Th>{t('tokens.name')}</Table.Th>
              <Table.Th>{t('tokens.prefix')}</Table.Th>
              <Table.Th>{t('tokens.created')}</Table.Th>
              <Table.Th>{t('tokens.lastUsed')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('members.columns.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {token.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.dateTime(token.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={token.lastUsedAt ? undefined : 'dimmed'}>
                    {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.neverUsed')}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    leftSection={<IconKeyOff size={16} aria-hidden />}
                    onClick={() => setRevoking(token)}
                    aria-label={t('tokens.revokeNamed', { name: token.name })}
                  >
                    {t('tokens.revoke')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        opened={revoking !== null}
        title={t('tokens.revokeTitle')}
        message={t('tokens.revokeConfirm', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        loading={revoke.isPending}
        onConfirm={() => revoking && revoke.mutate(revoking.id)}
        onClose={() => setRevoking(null)}
      />
    </Paper>
  );
}
