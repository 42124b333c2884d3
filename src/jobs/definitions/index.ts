import type { JobDefinition } from '../define-job.ts';
import { publishTargetJob } from './publish-target.ts';
import { refreshTokensJob } from './refresh-tokens.ts';
import { sweepOverdueJob } from './sweep-overdue.ts';

/** Every kind of background job. */
export const jobDefinitions: JobDefinition[] = [refreshTokensJob, publishTargetJob, sweepOverdueJob];
