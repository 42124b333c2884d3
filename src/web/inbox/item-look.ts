import { IconAt, IconCircleCheck, IconCircleDot, IconMail, IconMessageCircle, IconUserCheck, type Icon } from '@tabler/icons-react';
import type { InboxKind, InboxSentiment, InboxStatus, InboxTask } from './queries.ts';

/** Each kind of item by its icon and a quiet colour, the same in the stream and on the item. */
export const kindLook: Record<InboxKind, { icon: Icon; color: string }> = {
  comment: { icon: IconMessageCircle, color: 'blue' },
  mention: { icon: IconAt, color: 'grape' },
  message: { icon: IconMail, color: 'cyan' },
};

export const statusLook: Record<InboxStatus, { icon: Icon; color: string }> = {
  open: { icon: IconCircleDot, color: 'orange' },
  assigned: { icon: IconUserCheck, color: 'indigo' },
  done: { icon: IconCircleCheck, color: 'canopy' },
};

/** The tone Canopy read in an item: a coloured dot in the stream, a badge on the item. */
export const sentimentLook: Record<InboxSentiment, { color: string }> = {
  positive: { color: 'teal' },
  neutral: { color: 'gray' },
  negative: { color: 'red' },
};

export const priorityLook: Record<InboxTask['priority'], { color: string }> = {
  low: { color: 'gray' },
  normal: { color: 'blue' },
  high: { color: 'orange' },
  urgent: { color: 'red' },
};

export const taskTypes = ['sales_lead', 'support', 'question', 'feedback'] as const satisfies ReadonlyArray<InboxTask['type']>;
export const taskPriorities = ['low', 'normal', 'high', 'urgent'] as const satisfies ReadonlyArray<InboxTask['priority']>;
export const sentiments = ['positive', 'neutral', 'negative'] as const satisfies ReadonlyArray<InboxSentiment>;
