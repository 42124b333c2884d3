import { ActionIcon, Badge, Button, Collapse, Group, Paper, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconSend, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { may } from '../../app/areas.ts';
import { ConfirmDialog } from '../../app/ConfirmDialog.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { problemMessage } from '../../app/problems.ts';
import { QueryState } from '../../app/QueryState.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { AddTargetForm } from './AddTargetForm.tsx';
import { DeliveryLog } from './DeliveryLog.tsx';
import { useDeleteHandoffTarget, useHandoffTargets, useSetHandoffEnabled, useTestHandoffTarget, type HandoffTarget } from './queries.ts';

/** Where sales leads go: signed webhooks any CRM can take, and HubSpot; each with its delivery log. */
export function HandoffPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const targets = useHandoffTargets(workspace.id);
  const mayManage = may(workspace, 'teams.manage');
  const setEnabled = useSetHandoffEnabled(workspace.id);
  const test = useTestHandoffTarget(workspace.id);
  const remove = useDeleteHandoffTarget(workspace.id);
  const [adding, setAdding] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [removing, setRemoving] = useState<HandoffTarget | null>(null);
  const failed = (err: unknown) => notifications.show({ color: 'red', message: problemMessage(t, err) });

  const sendTest = (target: HandoffTarget) =>
    test.mutate(target.id, {
      onSuccess: (d) => {
        setOpen(target.id);
        notifications.show(d.status === 'delivered' ? { color: 'green', message: t('handoff.test.delivered', { name: target.name }) } : { color: 'red', message: t('handoff.test.failed', { reason: d.lastError ?? '' }) });
      },
      onError: failed,
    });

  return (
    <>
      <PageHeader
        title={t('handoff.title')}
        description={t('handoff.description')}
        actions={
          mayManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('handoff.add.open')}
            </Button>
          )
        }
      />
      <QueryState query={targets}>
        {(items) =>
          items.length === 0 ? (
            <Paper withBorder p="xl" radius="lg">
              <Text c="dimmed" ta="center">
                {t('handoff.empty')}
              </Text>
            </Paper>
          ) : (
            <Stack gap="md">
              {items.map((target) => (
                <Paper key={target.id} withBorder radius="lg" p="md" data-handoff-target={target.id}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={2} miw={0}>
                      <Group gap="xs">
                        <Text fw={600}>{target.name}</Text>
                        <Badge variant="light">{t(`handoff.kind.${target.kind}`)}</Badge>
                      </Group>
                      {target.url && (
                        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                          {target.url}
                        </Text>
                      )}
                    </Stack>
                    <Group gap="xs" wrap="nowrap">
                      <Switch
                        label={t('handoff.enabled')}
                        checked={target.enabled}
                        disabled={!mayManage}
                        onChange={(e) => setEnabled.mutate({ id: target.id, enabled: e.currentTarget.checked }, { onError: failed })}
                      />
                      {mayManage && (
                        <>
                          <Button size="xs" variant="default" leftSection={<IconSend size={14} aria-hidden />} loading={test.isPending && test.variables === target.id} onClick={() => sendTest(target)}>
                            {t('handoff.test.send')}
                          </Button>
                          <Tooltip label={t('handoff.remove')} withArrow>
                            <ActionIcon variant="subtle" color="red" aria-label={t('handoff.removeNamed', { name: target.name })} onClick={() => setRemoving(target)}>
                              <IconTrash size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        </>
                      )}
                    </Group>
                  </Group>
                  <Button variant="subtle" size="xs" mt="xs" onClick={() => setOpen(open === target.id ? null : target.id)} aria-expanded={open === target.id}>
                    {open === target.id ? t('handoff.log.hide') : t('handoff.log.show')}
                  </Button>
                  <Collapse expanded={open === target.id}>{open === target.id && <DeliveryLog workspaceId={workspace.id} targetId={target.id} />}</Collapse>
                </Paper>
              ))}
            </Stack>
          )
        }
      </QueryState>
      <AddTargetForm workspaceId={workspace.id} opened={adding} onClose={() => setAdding(false)} />
      <ConfirmDialog
        opened={removing !== null}
        title={t('handoff.removeNamed', { name: removing?.name ?? '' })}
        message={t('handoff.removeConfirm')}
        confirmLabel={t('handoff.remove')}
        loading={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null), onError: failed })}
      />
    </>
  );
}
