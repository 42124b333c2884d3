/** Stable error codes. Each maps to one HTTP status; clients may rely on the code. */
export const errorStatus = {
  validation_failed: 400,
  malformed_json: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  totp_required: 401,
  totp_invalid: 401,
  signature_invalid: 401,
  csrf_failed: 403,
  forbidden: 403,
  totp_enrollment_required: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  invitation_expired: 410,
  network_rejected: 422,
  network_not_configured: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
  network_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export interface FieldProblem {
  /** Where the problem is, e.g. "body.email" or "params.workspaceId". */
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { problems?: FieldProblem[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string): AppError => new AppError('not_found', `${what} was not found.`);
export const forbidden = (message = 'Your role does not allow this.'): AppError => new AppError('forbidden', message);
