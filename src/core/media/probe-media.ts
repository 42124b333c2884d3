import { fileTypeFromFile } from 'file-type';
import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import sharp from 'sharp';
import { AppError } from '../errors.ts';

/** What Canopy accepts, by the type sniffed from the bytes. */
export const ACCEPTED_TYPES = {
  'image/jpeg': 'image',
  'image/png': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'video/mp4': 'video',
  'video/quicktime': 'video',
  'video/webm': 'video',
} as const;

export type AcceptedType = keyof typeof ACCEPTED_TYPES;

export interface MediaFacts {
  kind: 'image' | 'video';
  mimeType: AcceptedType;
  width: number | null;
  height: number | null;
  durationMs: number | null;
}

const unsupported = (what: string) =>
  new AppError('unsupported_media_type', `${what} Upload a JPEG, PNG, GIF or WebP image, or an MP4, MOV or WebM video.`);

const isAccepted = (mime: string): mime is AcceptedType => mime in ACCEPTED_TYPES;

/**
 * Reads a stored upload: its type from the bytes (never from the name or the header), an image's
 * size as shown (EXIF rotation applied), a video's frame size and duration from its container.
 */
export async function probeMedia(file: string): Promise<MediaFacts> {
  const sniffed = await fileTypeFromFile(file);
  if (!sniffed) throw unsupported('Canopy could not tell what kind of file this is.');
  if (!isAccepted(sniffed.mime)) throw unsupported(`This is a ${sniffed.mime} file, which Canopy does not take.`);
  const kind = ACCEPTED_TYPES[sniffed.mime];
  return kind === 'image' ? { kind, mimeType: sniffed.mime, ...(await imageSize(file)), durationMs: null } : { kind, mimeType: sniffed.mime, ...(await videoFacts(file)) };
}

async function imageSize(file: string): Promise<{ width: number | null; height: number | null }> {
  try {
    const meta = await sharp(file).metadata();
    // EXIF orientations 5 to 8 turn the picture a quarter: it shows with width and height swapped.
    const turned = (meta.orientation ?? 1) >= 5;
    const width = meta.width ?? null;
    const height = meta.pageHeight ?? meta.height ?? null;
    return turned ? { width: height, height: width } : { width, height };
  } catch {
    throw unsupported('This image could not be read; it may be damaged.');
  }
}

async function videoFacts(file: string): Promise<{ width: number | null; height: number | null; durationMs: number | null }> {
  const input = new Input({ source: new FilePathSource(file), formats: ALL_FORMATS });
  try {
    const track = await input.getPrimaryVideoTrack();
    if (!track) throw unsupported('This video has no picture.');
    const seconds = await input.computeDuration();
    return { width: track.displayWidth, height: track.displayHeight, durationMs: Math.round(seconds * 1000) };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unsupported('This video could not be read; it may be damaged.');
  } finally {
    input.dispose();
  }
}
