import { Button, Checkbox, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/policies/permissions.ts';
import { FormError } from '../app/FormError.tsx';
import { QueryState } from '../app/QueryState.tsx';
import { roles, type Role } from '../app/roles.ts';
import { useApprovalSettings, useSaveApprovalSettings } from './queries.ts';

/** Roles that could publish without approval: the workspace may still ask for theirs. */
const mayPublish = roles.filter((r) => can(r, 'posts.publish_unapproved'));

function RolesForm({ workspaceId, saved }: { workspaceId: string; saved: Role[] }) {
  const { t } = useTranslation();
  const save = useSaveApprovalSettings(workspaceId);
  const [chosen, setChosen] = useState<string[]>(saved);
  useEffect(() => setChosen(saved), [saved]);
  const changed = chosen.length !== saved.length || chosen.some((r) => !saved.includes(r as Role));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(mayPublish.filter((r) => chosen.includes(r)), { onSuccess: () => notifications.show({ color: 'teal', message: t('approvals.settings.saved') }) });
      }}
    >
      <Stack gap="sm">
        <Checkbox.Group value={chosen} onChange={setChosen} label={t('approvals.settings.title')}>
          <Group gap="lg" mt="xs">
            {mayPublish.map((r) => (
              <Checkbox key={r} value={r} label={t(`roles.${r}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <FormError error={save.error} />
        <Group>
          <Button type="submit" loading={save.isPending} disabled={!changed}>
            {t('approvals.settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ApprovalRolesForm({ workspaceId }: { workspaceId: string }) {
  const settings = useApprovalSettings(workspaceId);
  return <QueryState query={settings}>{(s) => <RolesForm workspaceId={workspaceId} saved={s.approvalRoles} />}</QueryState>;
}
