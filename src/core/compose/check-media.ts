import type { MediaLimits, NetworkManifest } from '../../networks/manifest.ts';
import { countText } from './count-text.ts';
import type { NetworkRules } from './network-rules.ts';
import { problem, type ComposeProblem } from './problems.ts';
import type { ComposeMedia } from './types.ts';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${Number((bytes / MB).toFixed(1))} MB`;
const ratio = (n: number) => Number(n.toFixed(3));

/**
 * What the network would refuse in a post's media: how many, which kinds together, and each file's
 * type, size, frame, length and alt text. Figures the caller does not know (a video's duration
 * before it is read) are not checked.
 */
export function checkMedia(manifest: NetworkManifest, rules: NetworkRules, media: ComposeMedia[]): ComposeProblem[] {
  const { name } = manifest;
  const limits = manifest.media;
  const problems: ComposeProblem[] = [];
  if (media.length === 0) {
    if (manifest.text.requiresMedia) problems.push(problem('media_required', `A ${name} post needs a photo or a video.`));
    return problems;
  }
  if (media.length > limits.maxCount) {
    const message = limits.maxCount === 0 ? `${name} takes no media.` : `${name} takes at most ${limits.maxCount} files in a post; this one has ${media.length}.`;
    problems.push(problem('too_many_media', message, { max: limits.maxCount, actual: media.length }));
  }
  const goesAlone = (m: ComposeMedia) => m.kind === 'video' || (rules.gifCountsAsVideo === true && m.mimeType === 'image/gif');
  const alone = media.filter(goesAlone).length;
  const videoMax = limits.video?.maxCount;
  if (videoMax !== undefined && alone > videoMax) {
    const what = rules.gifCountsAsVideo ? 'video or animated GIF' : 'video';
    problems.push(problem('too_many_videos', `${name} takes at most ${videoMax} ${what} in a post; this one has ${alone}.`, { max: videoMax, actual: alone }));
  }
  if (!limits.mixing && alone > 0 && alone < media.length) {
    const what = rules.gifCountsAsVideo ? 'A video or an animated GIF' : 'A video';
    problems.push(problem('mixed_media_not_allowed', `${what} cannot share a ${name} post with other photos.`));
  }
  media.forEach((item, index) => problems.push(...checkFile(manifest, item, index)));
  return problems;
}

function checkFile(manifest: NetworkManifest, item: ComposeMedia, index: number): ComposeProblem[] {
  const { name } = manifest;
  const limits = item.kind === 'video' ? manifest.media.video : manifest.media.image;
  const what = item.kind === 'video' ? 'video' : 'photo';
  if (!limits) {
    return [problem('media_type_not_allowed', `${name} takes no ${what}s.`, { index, kind: item.kind, mimeType: item.mimeType, allowed: [] })];
  }
  const problems: ComposeProblem[] = [];
  if (!limits.types.includes(item.mimeType.toLowerCase())) {
    problems.push(problem('media_type_not_allowed', `${name} does not take ${item.mimeType} ${what}s; it takes ${limits.types.join(', ')}.`, { index, kind: item.kind, mimeType: item.mimeType, allowed: limits.types }));
  }
  if (item.bytes > limits.maxBytes) {
    problems.push(problem('media_too_large', `The ${what} is ${megabytes(item.bytes)}; ${name} takes up to ${megabytes(limits.maxBytes)}.`, { index, max: limits.maxBytes, actual: item.bytes }));
  }
  problems.push(...checkFrame(name, item, index, limits));
  if (item.kind === 'video' && item.durationSeconds !== undefined) {
    const seconds = item.durationSeconds;
    if (limits.minDurationSeconds !== undefined && seconds < limits.minDurationSeconds) {
      problems.push(problem('video_too_short', `The video lasts ${seconds} s; ${name} needs at least ${limits.minDurationSeconds} s.`, { index, min: limits.minDurationSeconds, actual: seconds }));
    }
    if (limits.maxDurationSeconds !== undefined && seconds > limits.maxDurationSeconds) {
      problems.push(problem('video_too_long', `The video lasts ${seconds} s; ${name} takes up to ${limits.maxDurationSeconds} s.`, { index, max: limits.maxDurationSeconds, actual: seconds }));
    }
  }
  const alt = manifest.media.altText;
  if (alt && item.altText) {
    // Alt text is counted as plain text: X's weighting applies to posts only.
    const counting = manifest.text.counting === 'weighted' ? 'codepoints' : manifest.text.counting;
    const length = countText(item.altText, { counting });
    if (length > alt.maxLength) {
      problems.push(problem('alt_text_too_long', `The alt text of ${what} ${index + 1} counts ${length} characters; ${name} allows ${alt.maxLength}.`, { index, max: alt.maxLength, actual: length }));
    }
  }
  return problems;
}

/**
 * Width, height and aspect ratio. Where a network gives both a maximum width and height, the frame
 * may be turned either way: X documents 1920×1200 "and 1200×1900", TikTok "1080p" for photos.
 */
function checkFrame(name: string, item: ComposeMedia, index: number, limits: MediaLimits): ComposeProblem[] {
  const { width, height } = item;
  const problems: ComposeProblem[] = [];
  const video = item.kind === 'video';
  const what = video ? 'video' : 'photo';
  const size = { index, ...(width !== undefined ? { width } : {}), ...(height !== undefined ? { height } : {}) };
  if (width !== undefined && limits.minWidth !== undefined && width < limits.minWidth) {
    const code = video ? 'video_resolution_too_low' : 'image_too_small';
    problems.push(problem(code, `The ${what} is ${width} px wide; ${name} needs at least ${limits.minWidth} px.`, { ...size, minWidth: limits.minWidth }));
  }
  const { maxWidth, maxHeight } = limits;
  let tooLarge = false;
  if (maxWidth !== undefined && maxHeight !== undefined) {
    if (width !== undefined && height !== undefined) {
      tooLarge = Math.max(width, height) > Math.max(maxWidth, maxHeight) || Math.min(width, height) > Math.min(maxWidth, maxHeight);
    }
  } else if (maxWidth !== undefined && width !== undefined) {
    tooLarge = width > maxWidth;
  } else if (maxHeight !== undefined && height !== undefined) {
    tooLarge = height > maxHeight;
  }
  if (tooLarge) {
    const code = video ? 'video_resolution_too_high' : 'image_too_large';
    const box = [maxWidth ?? '…', maxHeight ?? '…'].join(' × ');
    problems.push(problem(code, `The ${what} is ${width ?? '?'} × ${height ?? '?'} px; ${name} takes up to ${box} px.`, {
      ...size,
      ...(maxWidth !== undefined ? { maxWidth } : {}),
      ...(maxHeight !== undefined ? { maxHeight } : {}),
    }));
  }
  if (width !== undefined && height !== undefined && height > 0) {
    const actual = width / height;
    const { minAspectRatio: min, maxAspectRatio: max } = limits;
    if ((min !== undefined && actual < min) || (max !== undefined && actual > max)) {
      problems.push(problem('aspect_ratio', `The ${what}'s width / height is ${ratio(actual)}; ${name} takes ${ratio(min ?? 0)} to ${max === undefined ? 'any' : ratio(max)}.`, {
        ...size,
        actual: ratio(actual),
        ...(min !== undefined ? { min: ratio(min) } : {}),
        ...(max !== undefined ? { max: ratio(max) } : {}),
      }));
    }
  }
  return problems;
}
