import { z } from 'zod';
import { defineJob } from '../define-job.ts';

/** Every minute: refresh the tokens of profiles that expire within the next quarter hour. */
export const refreshTokensJob = defineJob({
  name: 'profiles-refresh-tokens',
  version: 1,
  payload: z.object({}),
  schedule: '* * * * *',
  handler: () => import('./refresh-tokens.handler.ts'),
});
