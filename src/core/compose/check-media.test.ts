import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blueskyManifest } from '../../networks/bluesky/manifest.ts';
import { googleBusinessManifest } from '../../networks/google_business/manifest.ts';
import { instagramManifest } from '../../networks/instagram/manifest.ts';
import type { NetworkManifest } from '../../networks/manifest.ts';
import { pinterestManifest } from '../../networks/pinterest/manifest.ts';
import { tiktokManifest } from '../../networks/tiktok/manifest.ts';
import { xManifest } from '../../networks/x/manifest.ts';
import { youtubeManifest } from '../../networks/youtube/manifest.ts';
import { checkMedia } from './check-media.ts';
import { rulesFor } from './network-rules.ts';
import type { ComposeMedia } from './types.ts';

const jpeg = (more: Partial<ComposeMedia> = {}): ComposeMedia => ({ kind: 'image', mimeType: 'image/jpeg', bytes: 200_000, ...more });
const gif = (): ComposeMedia => ({ kind: 'image', mimeType: 'image/gif', bytes: 200_000 });
const mp4 = (more: Partial<ComposeMedia> = {}): ComposeMedia => ({ kind: 'video', mimeType: 'video/mp4', bytes: 5_000_000, durationSeconds: 30, ...more });

const check = (manifest: NetworkManifest, media: ComposeMedia[]) => checkMedia(manifest, rulesFor(manifest.id), media);
const codes = (manifest: NetworkManifest, media: ComposeMedia[]) => check(manifest, media).map((p) => p.code);
const first = (manifest: NetworkManifest, media: ComposeMedia[]) => {
  const [p] = check(manifest, media);
  assert.ok(p, 'a problem');
  return [p.code, p.params];
};

describe('checking a post’s media', () => {
  it('asks for media where the network needs it', () => {
    assert.deepEqual(codes(instagramManifest, []), ['media_required']);
    assert.deepEqual(codes(youtubeManifest, []), ['media_required']);
    assert.deepEqual(codes(xManifest, []), []);
  });

  it('counts the files', () => {
    assert.deepEqual(codes(xManifest, [jpeg(), jpeg(), jpeg(), jpeg()]), []);
    assert.deepEqual(first(xManifest, [jpeg(), jpeg(), jpeg(), jpeg(), jpeg()]), ['too_many_media', { max: 4, actual: 5 }]);
    assert.deepEqual(first(googleBusinessManifest, [jpeg({ width: 800 }), jpeg({ width: 800 })]), ['too_many_media', { max: 1, actual: 2 }]);
  });

  it('counts the videos, and on X an animated GIF as one', () => {
    assert.deepEqual(first(blueskyManifest(), [mp4(), mp4()]), ['too_many_videos', { max: 1, actual: 2 }]);
    assert.deepEqual(codes(xManifest, [gif()]), []);
    assert.deepEqual(first(xManifest, [gif(), gif()]), ['too_many_videos', { max: 1, actual: 2 }]);
  });

  it('keeps a video alone where the network does not mix, and lets Instagram carousels mix', () => {
    assert.deepEqual(codes(xManifest, [jpeg(), mp4()]), ['mixed_media_not_allowed']);
    assert.deepEqual(codes(xManifest, [jpeg(), gif()]), ['mixed_media_not_allowed']);
    assert.deepEqual(codes(blueskyManifest(), [jpeg(), gif()]), []);
    assert.deepEqual(codes(instagramManifest, [jpeg({ width: 1080, height: 1080 }), mp4()]), []);
  });

  it('takes only the types the network takes', () => {
    assert.deepEqual(first(instagramManifest, [{ kind: 'image', mimeType: 'image/png', bytes: 1000 }]), [
      'media_type_not_allowed',
      { index: 0, kind: 'image', mimeType: 'image/png', allowed: ['image/jpeg'] },
    ]);
    assert.deepEqual(first(youtubeManifest, [jpeg()]), ['media_type_not_allowed', { index: 0, kind: 'image', mimeType: 'image/jpeg', allowed: [] }]);
    // A video sent as an image is not one of the image types.
    assert.deepEqual(codes(xManifest, [{ kind: 'image', mimeType: 'video/mp4', bytes: 1000 }]), ['media_type_not_allowed']);
  });

  it('refuses a file over the network’s size', () => {
    assert.deepEqual(codes(blueskyManifest(), [jpeg({ bytes: 1_000_000 })]), []);
    assert.deepEqual(first(blueskyManifest(), [jpeg(), jpeg({ bytes: 1_000_001 })]), ['media_too_large', { index: 1, max: 1_000_000, actual: 1_000_001 }]);
  });

  it('refuses a photo narrower than the network’s minimum', () => {
    assert.deepEqual(first(googleBusinessManifest, [jpeg({ width: 399, height: 300 })]), ['image_too_small', { index: 0, width: 399, height: 300, minWidth: 400 }]);
    assert.deepEqual(codes(googleBusinessManifest, [jpeg({ width: 400, height: 300 })]), []);
  });

  it('fits a frame to the network’s largest, either way up', () => {
    // TikTok photos: 1080p, portrait or landscape.
    assert.deepEqual(codes(tiktokManifest, [jpeg({ width: 1080, height: 1920 }), jpeg({ width: 1920, height: 1080 })]), []);
    assert.deepEqual(first(tiktokManifest, [jpeg({ width: 2000, height: 1000 })]), ['image_too_large', { index: 0, width: 2000, height: 1000, maxWidth: 1080, maxHeight: 1920 }]);
    // X videos: 1920×1200, and a phone's portrait 1080×1920.
    assert.deepEqual(codes(xManifest, [mp4({ width: 1920, height: 1200 })]), []);
    assert.deepEqual(codes(xManifest, [mp4({ width: 1080, height: 1920 })]), []);
    assert.deepEqual(codes(xManifest, [mp4({ width: 2560, height: 1440 })]), ['video_resolution_too_high']);
    assert.deepEqual(first(xManifest, [mp4({ width: 20, height: 20 })]), ['video_resolution_too_low', { index: 0, width: 20, height: 20, minWidth: 32 }]);
  });

  it('keeps the aspect ratio in the network’s range', () => {
    assert.deepEqual(codes(instagramManifest, [jpeg({ width: 1080, height: 1350 }), jpeg({ width: 1080, height: 566 }), jpeg({ width: 4032, height: 3024 })]), []);
    assert.deepEqual(first(instagramManifest, [jpeg({ width: 1080, height: 1920 })]), ['aspect_ratio', { index: 0, width: 1080, height: 1920, actual: 0.563, min: 0.8, max: 1.91 }]);
    assert.deepEqual(codes(pinterestManifest, [mp4({ width: 1000, height: 2100 })]), ['aspect_ratio']);
  });

  it('keeps a video’s length in the network’s range', () => {
    assert.deepEqual(first(instagramManifest, [mp4({ durationSeconds: 2.5 })]), ['video_too_short', { index: 0, min: 3, actual: 2.5 }]);
    assert.deepEqual(first(xManifest, [mp4({ durationSeconds: 140.5 })]), ['video_too_long', { index: 0, max: 140, actual: 140.5 }]);
    assert.deepEqual(codes(xManifest, [mp4({ durationSeconds: 140 })]), []);
  });

  it('skips what is not known yet', () => {
    assert.deepEqual(codes(instagramManifest, [{ kind: 'video', mimeType: 'video/mp4', bytes: 1000 }]), []);
  });

  it('holds alt text to the network’s length, counted as the network counts text', () => {
    assert.deepEqual(first(xManifest, [jpeg({ altText: 'a'.repeat(1001) })]), ['alt_text_too_long', { index: 0, max: 1000, actual: 1001 }]);
    // 2000 Thai graphemes are 3000 code points: within Bluesky's 2000 graphemes.
    assert.deepEqual(codes(blueskyManifest(), [jpeg({ altText: 'ดี'.repeat(2000) })]), []);
    assert.deepEqual(codes(blueskyManifest(), [jpeg({ altText: 'ดี'.repeat(2001) })]), ['alt_text_too_long']);
  });
});
