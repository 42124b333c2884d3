import { googleFailure, readGoogleError } from '../google/errors.ts';
import { isHttpFailure, type HttpFailure, type HttpResponse } from '../http.ts';
import { rateLimited, rejected, type Failure } from '../outcome.ts';

/**
 * YouTube's own error reasons ("YouTube Data API – Errors"), looked at before Google's common ones.
 * Quota: quotaExceeded means the project's daily units are spent until midnight Pacific Time;
 * rateLimitExceeded and userRateLimitExceeded mean too many calls just now (both in google/errors).
 */
export function youtubeFailure(res: HttpResponse | HttpFailure, opts: { write: boolean; now?: Date }): Failure {
  if (!isHttpFailure(res)) {
    const now = opts.now ?? new Date();
    const err = readGoogleError(res);
    const has = (reason: string) => err.reasons.includes(reason);
    // The channel's own upload allowance: YouTube does not say when it refills, about a day.
    if (has('uploadLimitExceeded')) return rateLimited(new Date(now.getTime() + 24 * 3600_000), `uploadLimitExceeded: ${err.message}`);
    if (has('youtubeSignupRequired')) return rejected('This Google account has no YouTube channel yet. Create one on YouTube, then publish again.', 'youtubeSignupRequired');
    if (has('commentsDisabled')) return rejected('Comments are turned off for this video.', 'commentsDisabled');
  }
  return googleFailure(res, opts);
}
