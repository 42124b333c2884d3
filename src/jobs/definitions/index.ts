import type { JobDefinition } from '../define-job.ts';
import { publishTargetJob } from './publish-target.ts';
import { refreshTokensJob } from './refresh-tokens.ts';

/** Every kind of background job. */
export const jobDefinitions: JobDefinition[] = [refreshTokensJob, publishTargetJob];
