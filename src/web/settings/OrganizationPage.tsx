import { Button, Group, Paper, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { patch } from '../api/client.ts';
import { meKey } from '../api/me.ts';
import type { Me } from '../api/types.ts';
import { FormError } from '../app/FormError.tsx';
import { isOrganizationAdmin } from '../app/areas.ts';
import { NoAccess } from '../app/NoAccess.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { fieldProblems, problemMessage } from '../app/problems.ts';
import { useSignedInMe } from '../app/useSignedInMe.ts';
import { limits, useValidators } from '../app/useValidators.ts';
import { AuditLog } from './audit/AuditLog.tsx';

type Organization = Me['organization'];

function useUpdateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name?: string; requireTotp?: boolean }) => patch<Organization>('/api/v1/organization', body),
    onSuccess: (organization) => {
      queryClient.setQueryData<Me | null>(meKey, (me) => (me ? { ...me, organization } : me));
      void queryClient.invalidateQueries({ queryKey: meKey });
      void queryClient.invalidateQueries({ queryKey: ['orgAudit'] });
    },
  });
}

function NameForm({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const update = useUpdateOrganization();
  const rules = useValidators();
  const form = useForm({ initialValues: { name: organization.name }, validate: { name: rules.text(limits.title) } });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        update.mutate(
          { name: v.name.trim() },
          {
            onSuccess: (org) => {
              form.resetDirty({ name: org.name });
              notifications.show({ color: 'canopy', message: t('common.saved') });
            },
            onError: (err) => form.setErrors(fieldProblems(err, ['name'] as const)),
          },
        ),
      )}
      noValidate
    >
      <Stack gap="md">
        <TextInput label={t('organization.name')} required {...form.getInputProps('name')} />
        <FormError error={update.error} fields={['name']} />
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RequireTotpSwitch({ organization, selfEnrolled }: { organization: Organization; selfEnrolled: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateOrganization();
  const isOwner = organization.role === 'owner';
  return (
    <Stack gap="xs">
      <Switch
        size="md"
        // Flips at once, and back if the server refuses.
        checked={update.isPending && update.variables.requireTotp !== undefined ? update.variables.requireTotp : organization.requireTotp}
        disabled={!isOwner || update.isPending}
        onChange={(e) =>
          update.mutate(
            { requireTotp: e.currentTarget.checked },
            { onError: (err) => notifications.show({ color: 'red', message: problemMessage(t, err) }) },
          )
        }
        label={t('organization.requireTotp')}
        description={isOwner ? t('organization.requireTotpHelp') : t('organization.requireTotpOwnerOnly')}
      />
      {isOwner && !selfEnrolled && !organization.requireTotp && (
        <Text size="xs" c="orange.8" pl={54}>
          {t('organization.requireTotpSelfNote')}
        </Text>
      )}
    </Stack>
  );
}

export function OrganizationPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  if (!isOrganizationAdmin(me)) return <NoAccess />;
  return (
    <>
      <PageHeader title={t('nav.organization')} description={t('organization.description')} />
      <Stack gap="xl">
        <Paper withBorder p="xl" radius="lg" maw={640}>
          <Stack gap="xl">
            <NameForm organization={me.organization} />
            <RequireTotpSwitch organization={me.organization} selfEnrolled={me.user.totpEnabled} />
          </Stack>
        </Paper>
        <section aria-labelledby="org-audit-heading">
          <Title order={2} size="h4" mb={4} id="org-audit-heading">
            {t('organization.auditTitle')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('organization.auditDescription')}
          </Text>
          <AuditLog path="/api/v1/organization/audit" queryKey={['orgAudit']} />
        </section>
      </Stack>
    </>
  );
}
