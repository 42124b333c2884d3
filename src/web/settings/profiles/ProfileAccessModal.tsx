import { Badge, Button, Checkbox, Group, Modal, Radio, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../core/policies/permissions.ts';
import type { Member, Profile } from '../../api/types.ts';
import { FormError } from '../../app/FormError.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { roleColor } from '../../app/roles.ts';
import { profileHandle } from '../../networks/handle.ts';
import { useMembers } from '../members/queries.ts';
import { useSetProfileAccess } from './queries.ts';

interface Props {
  workspaceId: string;
  profile: Profile | null;
  onClose(): void;
}

function AccessForm({ workspaceId, profile, members, onClose }: { workspaceId: string; profile: Profile; members: Member[]; onClose(): void }) {
  const { t } = useTranslation();
  const [access, setAccess] = useState<Profile['access']>(profile.access);
  const [chosen, setChosen] = useState<string[]>(profile.memberIds);
  const [missing, setMissing] = useState(false);
  const save = useSetProfileAccess(workspaceId);
  // Only people whose role may write posts can use a profile; the rest would never see it.
  const posters = members.filter((m) => can(m.role, 'posts.draft'));

  function submit(e: FormEvent) {
    e.preventDefault();
    if (access === 'restricted' && chosen.length === 0) {
      setMissing(true);
      return;
    }
    save.mutate(
      { profileId: profile.id, access, userIds: access === 'restricted' ? chosen : [] },
      {
        onSuccess: () => {
          notifications.show({ color: 'canopy', message: t('profiles.access.saved') });
          onClose();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Radio.Group value={access} onChange={(v) => setAccess(v === 'restricted' ? 'restricted' : 'all')} label={t('profiles.access.question')}>
          <Stack gap="sm" mt="xs">
            <Radio value="all" label={t('profiles.access.everyone')} description={t('profiles.access.everyoneHelp')} />
            <Radio value="restricted" label={t('profiles.access.chosen')} description={t('profiles.access.chosenHelp')} />
          </Stack>
        </Radio.Group>
        {access === 'restricted' && (
          <Checkbox.Group
            value={chosen}
            onChange={(v) => {
              setChosen(v);
              setMissing(false);
            }}
            label={t('profiles.access.members')}
            error={missing ? t('profiles.access.chooseOne') : undefined}
          >
            <ScrollArea.Autosize mah={280} type="auto" mt="xs">
              <Stack gap="xs">
                {posters.map((m) => (
                  <Checkbox
                    key={m.userId}
                    value={m.userId}
                    label={
                      <Group gap={8} wrap="nowrap">
                        <Text size="sm">{m.name}</Text>
                        <Badge size="xs" variant="light" color={roleColor[m.role]}>
                          {t(`roles.${m.role}`)}
                        </Badge>
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          </Checkbox.Group>
        )}
        <FormError error={save.error} fields={['access', 'userIds']} />
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

/** Who may use a profile: everyone who may post in the workspace, or only the members chosen here. */
export function ProfileAccessModal({ workspaceId, profile, onClose }: Props) {
  const { t } = useTranslation();
  const members = useMembers(workspaceId, profile !== null);
  const handle = profile ? profileHandle(profile) : '';
  return (
    <Modal opened={profile !== null} onClose={onClose} title={t('profiles.access.title', { handle })} centered size="md">
      {profile && (
        <QueryState query={members}>{(items) => <AccessForm key={profile.id} workspaceId={workspaceId} profile={profile} members={items} onClose={onClose} />}</QueryState>
      )}
    </Modal>
  );
}
