import type { Failure } from '../../networks/outcome.ts';
import { AppError } from '../errors.ts';

/** A network's refusal, worded for the person who asked. */
export function appErrorOfFailure(networkName: string, f: Failure): AppError {
  switch (f.kind) {
    case 'rejected':
    case 'unauthorized':
      return new AppError('network_rejected', `${networkName} refused: ${f.reason}`);
    case 'rate_limited':
      return new AppError('rate_limited', `${networkName} asks us to wait until ${f.retryAt.toISOString()}. Try again then.`, {
        retryAfterSeconds: Math.max(1, Math.ceil((f.retryAt.getTime() - Date.now()) / 1000)),
      });
    case 'transient':
    case 'unknown':
      return new AppError('network_unavailable', `${networkName} did not answer properly (${f.reason}). Try again in a moment.`);
  }
}
