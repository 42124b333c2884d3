/** LinkedIn's documented JSON and headers (learn.microsoft.com/linkedin), for the contract tests. */

export const MEMBER = 'urn:li:person:abc123XYZ';
export const PAGE = 'urn:li:organization:2414183';

export function postJson(overrides: Record<string, unknown> & { id: string }) {
  return {
    author: PAGE,
    commentary: 'Hello',
    visibility: 'PUBLIC',
    distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
    lifecycleState: 'PUBLISHED',
    isReshareDisabledByAuthor: false,
    createdAt: Date.parse('2026-11-21T12:00:00Z'),
    publishedAt: Date.parse('2026-11-21T12:00:00Z'),
    lastModifiedAt: Date.parse('2026-11-21T12:00:00Z'),
    ...overrides,
  };
}

export function commentJson(postUrn: string, id: string, text: string, actor = 'urn:li:person:ana456') {
  return {
    actor,
    commentUrn: `urn:li:comment:(${postUrn},${id})`,
    id,
    message: { text, attributes: [] },
    object: postUrn,
    created: { actor, time: Date.parse('2026-11-21T13:00:00Z') },
    lastModified: { actor, time: Date.parse('2026-11-21T13:00:00Z') },
  };
}

export const ERRORS = {
  expired: { serviceErrorCode: 65602, code: 'EXPIRED_ACCESS_TOKEN', message: 'The token used in the request has expired', status: 401 },
  duplicate: {
    errorDetailType: 'com.linkedin.common.error.BadRequest',
    message: 'com.linkedin.content.common.exception.BadRequestResponseException: Content is a duplicate of urn:li:share:7141138937766391808',
    errorDetails: { inputErrors: [{ description: 'Duplicate post is detected', input: {}, code: 'DUPLICATE_POST' }] },
    status: 422,
  },
  tooLong: {
    errorDetailType: 'com.linkedin.common.error.BadRequest',
    message: 'Invalid request',
    errorDetails: { inputErrors: [{ description: '/commentary :: length 3104 exceeds maximum 3000', input: { inputPath: { fieldPath: 'commentary' } }, code: 'FIELD_LENGTH_TOO_LONG' }] },
    status: 422,
  },
  throttled: { message: 'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.', status: 429 },
  denied: { serviceErrorCode: 100, code: 'ACCESS_DENIED', message: 'Not enough permissions to access: partnerApiPostsExternal.FINDER-author.20260301', status: 403 },
};
