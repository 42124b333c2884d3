import { ActionIcon, Button, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../core/policies/permissions.ts';
import type { Member } from '../api/types.ts';
import { FormError } from '../app/FormError.tsx';
import { fieldProblems } from '../app/problems.ts';
import { roles, type Role } from '../app/roles.ts';
import { isRole } from '../../core/policies/roles.ts';
import { useSaveWorkflow, type ApprovalStep, type ApprovalWorkflow } from './queries.ts';

const maxSteps = 5;
const approverRoles = roles.filter((r) => can(r, 'posts.approve'));

interface Props {
  workspaceId: string;
  workflow: ApprovalWorkflow | null;
  members: Member[];
  onDone(): void;
}

type Draft = { kind: 'person'; approverId: string | null } | { kind: 'role'; approverRole: Role | null };

const toDraft = (s: ApprovalStep): Draft => ('approverId' in s ? { kind: 'person', approverId: s.approverId } : { kind: 'role', approverRole: s.approverRole });

/** A workflow's name and its steps, each decided by a chosen person or by anyone with a chosen role. */
export function WorkflowForm({ workspaceId, workflow, members, onDone }: Props) {
  const { t } = useTranslation();
  const save = useSaveWorkflow(workspaceId);
  const [name, setName] = useState(workflow?.name ?? '');
  const [steps, setSteps] = useState<Draft[]>(workflow ? workflow.steps.map(toDraft) : [{ kind: 'role', approverRole: 'manager' }]);
  const [touched, setTouched] = useState(false);
  const approvers = members.filter((m) => can(m.role, 'posts.approve')).map((m) => ({ value: m.userId, label: `${m.name} · ${t(`roles.${m.role}`)}` }));
  const problems = fieldProblems(save.error, ['name'] as const);
  const setStep = (i: number, step: Draft) => setSteps((all) => all.map((s, j) => (j === i ? step : s)));
  const complete = steps.every((s) => (s.kind === 'person' ? s.approverId : s.approverRole));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!name.trim() || !complete) return;
    const body = steps.map((s): ApprovalStep => (s.kind === 'person' ? { approverId: s.approverId! } : { approverRole: s.approverRole! }));
    save.mutate({ ...(workflow ? { id: workflow.id } : {}), name: name.trim(), steps: body }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('approvals.workflows.name')}
          placeholder={t('approvals.workflows.namePlaceholder')}
          required
          maxLength={120}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={problems.name ?? (touched && !name.trim() ? t('validation.required') : undefined)}
          data-autofocus
        />
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('approvals.workflows.steps')}
          </Text>
          {steps.map((step, i) => (
            <Paper key={i} withBorder radius="md" p="sm">
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text size="sm" fw={600}>
                    {t('approvals.workflows.stepLabel', { step: i + 1 })}
                  </Text>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    disabled={steps.length === 1}
                    onClick={() => setSteps((all) => all.filter((_, j) => j !== i))}
                    aria-label={t('approvals.workflows.removeStep', { step: i + 1 })}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
                <SegmentedControl
                  aria-label={t('approvals.workflows.kind')}
                  value={step.kind}
                  onChange={(kind) => setStep(i, kind === 'person' ? { kind: 'person', approverId: null } : { kind: 'role', approverRole: null })}
                  data={[
                    { value: 'role', label: t('approvals.workflows.kindRole') },
                    { value: 'person', label: t('approvals.workflows.kindPerson') },
                  ]}
                />
                {step.kind === 'person' ? (
                  <Select
                    label={t('approvals.workflows.person')}
                    data={approvers}
                    value={step.approverId}
                    onChange={(v) => setStep(i, { kind: 'person', approverId: v })}
                    searchable
                    error={touched && !step.approverId ? t('validation.required') : undefined}
                  />
                ) : (
                  <Select
                    label={t('approvals.workflows.role')}
                    data={approverRoles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
                    value={step.approverRole}
                    onChange={(v) => setStep(i, { kind: 'role', approverRole: v && isRole(v) ? v : null })}
                    error={touched && !step.approverRole ? t('validation.required') : undefined}
                  />
                )}
              </Stack>
            </Paper>
          ))}
          {steps.length < maxSteps && (
            <Group>
              <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setSteps((all) => [...all, { kind: 'role', approverRole: null }])}>
                {t('approvals.workflows.addStep')}
              </Button>
            </Group>
          )}
        </Stack>
        <FormError error={save.error} fields={['name']} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('approvals.workflows.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('approvals.workflows.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
