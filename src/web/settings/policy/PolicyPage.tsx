import { Paper, Radio, Stack, Switch, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { put } from '../../api/client.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { fieldProblems } from '../../app/problems.ts';
import { FormActions } from '../planning-form-parts.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { policyKeys, usePolicy, type WorkspacePolicy } from '../../planning/queries.ts';

const MAX_TERMS = 200;
const fields = ['requireAltText', 'bannedTerms', 'paidDisclosure', 'enforce'] as const;

function PolicyForm({ workspaceId, policy }: { workspaceId: string; policy: WorkspacePolicy }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const initial = { requireAltText: policy.requireAltText, bannedTerms: policy.bannedTerms, paidDisclosure: policy.paidDisclosure ?? '', enforce: policy.enforce };
  const form = useForm({ initialValues: initial });
  const save = useMutation({
    mutationFn: (v: typeof initial) => put<WorkspacePolicy>(`/api/v1/workspaces/${workspaceId}/policy`, { ...v, paidDisclosure: v.paidDisclosure.trim() || undefined }),
    onSuccess: async (saved) => {
      form.resetDirty({ ...saved, paidDisclosure: saved.paidDisclosure ?? '' });
      const keys = policyKeys(workspaceId);
      await Promise.all([queryClient.invalidateQueries({ queryKey: keys.whole }), queryClient.invalidateQueries({ queryKey: keys.compose })]);
      notifications.show({ color: 'canopy', message: t('common.saved') });
    },
    onError: (err) => form.setErrors(fieldProblems(err, fields)),
  });
  return (
    <Paper withBorder p="xl" radius="lg" maw={720}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="lg">
          <Switch label={t('planning.policy.requireAltText')} description={t('planning.policy.requireAltTextHelp')} {...form.getInputProps('requireAltText', { type: 'checkbox' })} />
          <TagsInput
            label={t('planning.policy.bannedTerms')}
            description={t('planning.policy.bannedTermsHelp', { max: MAX_TERMS })}
            placeholder={t('planning.policy.bannedTermsPlaceholder')}
            maxTags={MAX_TERMS}
            splitChars={[',']}
            clearable
            {...form.getInputProps('bannedTerms')}
          />
          <TextInput label={t('planning.policy.paidDisclosure')} description={t('planning.policy.paidDisclosureHelp')} placeholder="#ad" maxLength={100} {...form.getInputProps('paidDisclosure')} />
          <Radio.Group label={t('planning.policy.enforce')} {...form.getInputProps('enforce')}>
            <Stack gap="xs" mt="xs">
              <Radio value="warn" label={t('planning.policy.warn')} description={t('planning.policy.warnHelp')} />
              <Radio value="block" label={t('planning.policy.block')} description={t('planning.policy.blockHelp')} />
            </Stack>
          </Radio.Group>
          <FormActions error={save.error} fields={fields} saving={save.isPending} disabled={!form.isDirty()} />
        </Stack>
      </form>
    </Paper>
  );
}

export function PolicyPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const policy = usePolicy(workspace.id);
  return (
    <>
      <PageHeader title={t('nav.policy')} description={t('planning.policy.description')} />
      <QueryState query={policy}>{(p) => <PolicyForm key={workspace.id} workspaceId={workspace.id} policy={p} />}</QueryState>
    </>
  );
}
