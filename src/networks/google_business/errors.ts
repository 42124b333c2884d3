import { googleFailure } from '../google/errors.ts';
import { isHttpFailure, type HttpFailure, type HttpResponse } from '../http.ts';
import { rejected, type Failure } from '../outcome.ts';

interface ValidationDetails {
  error?: {
    message?: string;
    details?: Array<{ '@type'?: string; errorDetails?: Array<{ code?: number; field?: string; message?: string; value?: string }> }>;
  };
}

/** ErrorCode values of the Business Profile APIs' ErrorDetail ("Shared.Types/ErrorCode"). */
const PHOTO_FETCH_FAILED = 1000;
const PHOTO_UPLOAD_FAILED = 1001;

/**
 * Business Profile errors: Google's common body, where a 400 may carry a ValidationError naming
 * each bad field ("Shared.Types/ValidationError"); those become the reason people read. The rest
 * (quota, auth, outages) is Google's common mapping.
 */
export function businessFailure(res: HttpResponse | HttpFailure, opts: { write: boolean; now?: Date }): Failure {
  if (!isHttpFailure(res) && res.status === 400) {
    const body = (res.json ?? {}) as ValidationDetails;
    const details = (body.error?.details ?? []).flatMap((d) => d.errorDetails ?? []);
    if (details.some((d) => d.code === PHOTO_FETCH_FAILED || d.code === PHOTO_UPLOAD_FAILED)) {
      return rejected('Google could not fetch the photo from its public URL. Check that the media storage is reachable from the internet.', 'photo_fetch_failed');
    }
    if (details.length) {
      const reason = details.map((d) => [d.field, d.message].filter(Boolean).join(': ')).join('; ');
      return rejected(reason || body.error?.message || 'Google refused the request', 'validation_error');
    }
  }
  return googleFailure(res, opts);
}
