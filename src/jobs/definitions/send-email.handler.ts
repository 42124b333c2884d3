import { deliverMail } from '../../core/mail/deliver-mail.ts';
import type { MailJob } from '../../core/mail/mail-queue.ts';
import type { AppContext } from '../../core/types.ts';

export default function handleSendEmail(app: AppContext, payload: MailJob): Promise<void> {
  return deliverMail(app, payload);
}
