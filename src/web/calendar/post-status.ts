import {
  IconAlertTriangle,
  IconCircleCheck,
  IconCircleHalf2,
  IconCircleX,
  IconClock,
  IconClockExclamation,
  IconEdit,
  IconHourglass,
  IconLoader2,
  IconPencil,
  type Icon,
} from '@tabler/icons-react';
import type { PostStatus } from '../posts/types.ts';

export interface StatusLook {
  /** A Mantine colour name: the event's stripe, the badge and the legend share it. */
  color: string;
  /** Said beside the colour, so the status never rests on colour alone. */
  icon: Icon;
}

export const postStatuses = [
  'draft',
  'pending_approval',
  'changes_requested',
  'rejected',
  'scheduled',
  'publishing',
  'published',
  'partially_published',
  'failed',
  'approval_missed',
] as const satisfies readonly PostStatus[];

export const statusLook: Record<PostStatus, StatusLook> = {
  draft: { color: 'gray', icon: IconPencil },
  pending_approval: { color: 'yellow', icon: IconHourglass },
  changes_requested: { color: 'orange', icon: IconEdit },
  rejected: { color: 'red', icon: IconCircleX },
  scheduled: { color: 'blue', icon: IconClock },
  publishing: { color: 'cyan', icon: IconLoader2 },
  published: { color: 'green', icon: IconCircleCheck },
  partially_published: { color: 'lime', icon: IconCircleHalf2 },
  failed: { color: 'red', icon: IconAlertTriangle },
  approval_missed: { color: 'grape', icon: IconClockExclamation },
};

export function isPostStatus(value: string | null): value is PostStatus {
  return (postStatuses as readonly string[]).includes(value ?? '');
}
