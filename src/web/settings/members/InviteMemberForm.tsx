import { Button, Flex, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import type { NewInvitation, Role, WorkspaceOfMe } from '../../api/types.ts';
import { FormError } from '../../app/FormError.tsx';
import { fieldProblems } from '../../app/problems.ts';
import { grantableRoles } from '../../app/roles.ts';
import { useValidators } from '../../app/useValidators.ts';
import { InvitationLink } from './InvitationLink.tsx';
import { invitationsKey } from './queries.ts';

interface Values {
  email: string;
  role: Role;
}

/** Invite by email and role; the answer is a link to send, shown once with a copy button. */
export function InviteMemberForm({ workspace }: { workspace: WorkspaceOfMe }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [created, setCreated] = useState<NewInvitation | null>(null);
  const rules = useValidators();
  const form = useForm<Values>({
    initialValues: { email: '', role: 'content_creator' },
    validate: { email: rules.email },
  });
  const invite = useMutation({
    mutationFn: (v: Values) => post<NewInvitation>(`/api/v1/workspaces/${workspace.id}/invitations`, { email: v.email.trim(), role: v.role }),
    onSuccess: async (inv) => {
      setCreated(inv);
      form.reset();
      await queryClient.invalidateQueries({ queryKey: invitationsKey(workspace.id) });
    },
    onError: (err) => form.setErrors(fieldProblems(err, ['email', 'role'] as const)),
  });
  const roleOptions = grantableRoles(workspace.role).map((r) => ({ value: r, label: t(`roles.${r}`) }));

  return (
    <Stack gap="md">
      <form
        onSubmit={form.onSubmit((v) => {
          setCreated(null);
          invite.mutate(v);
        })}
        noValidate
      >
        <Flex direction={{ base: 'column', md: 'row' }} align={{ base: 'stretch', md: 'flex-start' }} gap="sm">
          <TextInput
            label={t('fields.email')}
            type="email"
            placeholder={t('members.emailPlaceholder')}
            required
            style={{ flex: 1 }}
            {...form.getInputProps('email')}
          />
          <Select
            label={t('members.columns.role')}
            data={roleOptions}
            allowDeselect={false}
            required
            w={{ base: '100%', md: 260 }}
            {...form.getInputProps('role')}
          />
          <Button type="submit" loading={invite.isPending} mt={{ base: 4, md: 25 }} style={{ alignSelf: 'flex-start' }}>
            {t('members.invite')}
          </Button>
        </Flex>
      </form>
      <FormError error={invite.error} fields={['email', 'role']} />
      {created && <InvitationLink invitation={created} onDismiss={() => setCreated(null)} />}
    </Stack>
  );
}
