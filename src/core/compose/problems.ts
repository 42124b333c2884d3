/**
 * What the composer can find wrong with a post for one network. The codes are stable: the web app
 * translates them, using `params` for the figures; `message` is English for API callers.
 */
export const composeProblemCodes = [
  'unknown_network',
  'network_unavailable',
  'text_required',
  'text_too_long',
  'invalid_characters',
  'too_many_hashtags',
  'too_many_mentions',
  'media_required',
  'too_many_media',
  'too_many_videos',
  'mixed_media_not_allowed',
  'media_type_not_allowed',
  'media_too_large',
  'image_too_small',
  'image_too_large',
  'video_resolution_too_low',
  'video_resolution_too_high',
  'aspect_ratio',
  'video_too_short',
  'video_too_long',
  'alt_text_required',
  'alt_text_too_long',
  'banned_term',
  'disclosure_required',
] as const;

export type ComposeProblemCode = (typeof composeProblemCodes)[number];

export type ProblemParam = string | number | boolean | string[];

export interface ComposeProblem {
  code: ComposeProblemCode;
  message: string;
  params?: Record<string, ProblemParam>;
}

export function problem(code: ComposeProblemCode, message: string, params?: Record<string, ProblemParam>): ComposeProblem {
  return params ? { code, message, params } : { code, message };
}
