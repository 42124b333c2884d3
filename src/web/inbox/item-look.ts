import { IconAt, IconCircleCheck, IconCircleDot, IconMail, IconMessageCircle, IconUserCheck, type Icon } from '@tabler/icons-react';
import type { InboxKind, InboxStatus } from './queries.ts';

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
