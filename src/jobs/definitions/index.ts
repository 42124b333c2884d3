import type { JobDefinition } from '../define-job.ts';
import { deliverHandoffJob } from './deliver-handoff.ts';
import { ingestWebhookJob } from './ingest-webhook.ts';
import { missApprovalsJob } from './miss-approvals.ts';
import { pollInboxesJob, pollInboxJob } from './poll-inbox.ts';
import { publishTargetJob } from './publish-target.ts';
import { refreshTokensJob } from './refresh-tokens.ts';
import { runImportJob } from './run-import.ts';
import { sendEmailJob } from './send-email.ts';
import { sweepOverdueJob } from './sweep-overdue.ts';

/** Every kind of background job. */
export const jobDefinitions: JobDefinition[] = [refreshTokensJob, publishTargetJob, sweepOverdueJob, runImportJob, missApprovalsJob, sendEmailJob, pollInboxJob, pollInboxesJob, ingestWebhookJob, deliverHandoffJob];
