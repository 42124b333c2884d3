import { Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fieldProblems } from '../../app/problems.ts';
import { useAssignees } from '../../inbox/useAssignees.ts';
import { useSaveTeam, useTeamName, type Team } from '../../inbox/team-queries.ts';
import { FormActions } from '../planning-form-parts.tsx';

const fields = ['name', 'memberIds'] as const;

/** A new team of the workspace's own, or a team's members (and, for its own teams, its name). */
export function TeamForm({ workspaceId, team, onClose }: { workspaceId: string; team: Team | null; onClose(): void }) {
  const { t } = useTranslation();
  const { assignable, nameOf } = useAssignees();
  const teamName = useTeamName();
  const save = useSaveTeam(workspaceId);
  const builtIn = team !== null && team.kind !== 'custom';
  const form = useForm({
    initialValues: { name: team?.name ?? '', memberIds: team?.memberIds ?? [] },
    validate: { name: (v) => (builtIn || v.trim() ? null : t('inboxSettings.teams.nameRequired')) },
  });
  const options = assignable.map((a) => ({ value: a.userId, label: a.name }));
  for (const id of form.values.memberIds) if (!options.some((o) => o.value === id)) options.push({ value: id, label: nameOf(id) });

  return (
    <Modal opened onClose={onClose} title={team ? t('inboxSettings.teams.editTitle', { name: teamName(team) }) : t('inboxSettings.teams.createTitle')} centered>
      <form
        noValidate
        onSubmit={form.onSubmit((v) =>
          save.mutate(
            { id: team?.id, memberIds: v.memberIds, ...(builtIn ? {} : { name: v.name.trim() }) },
            { onSuccess: onClose, onError: (err) => form.setErrors(fieldProblems(err, fields)) },
          ),
        )}
      >
        <Stack gap="md">
          {!builtIn && <TextInput label={t('inboxSettings.teams.name')} required data-autofocus {...form.getInputProps('name')} />}
          <MultiSelect label={t('inboxSettings.teams.members')} data={options} searchable clearable {...form.getInputProps('memberIds')} />
          <FormActions error={save.error} fields={fields} saving={save.isPending} onCancel={onClose} submitLabel={team ? undefined : t('inboxSettings.teams.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
