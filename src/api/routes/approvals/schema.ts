import { z } from 'zod';
import { role, id, timestamp } from '../../schemas.ts';

export const approvalStep = z.union([z.strictObject({ approverId: id }), z.strictObject({ approverRole: role })]);

export const workflowBody = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
  steps: z.array(approvalStep).min(1, 'add at least one step').max(5, 'a workflow has at most 5 steps'),
});

export const workflowSchema = z.object({ id, name: z.string(), steps: z.array(approvalStep), createdAt: timestamp });

export const approvalSettingsBody = z.strictObject({ approvalRoles: z.array(role).max(20) });

export const comment = z.string().trim().min(1, 'must not be empty').max(5_000, 'must be at most 5000 characters');

export const decisionSchema = z.object({
  id: z.number().int(),
  step: z.number().int().nullable(),
  decision: z.enum(['submitted', 'approved', 'rejected', 'changes_requested', 'edited', 'approval_missed']),
  comment: z.string().nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
  actor: z.object({ id, name: z.string() }).nullable(),
  createdAt: timestamp,
});
