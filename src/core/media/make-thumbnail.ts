import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import sharp from 'sharp';
import type { MediaFacts } from './probe-media.ts';

const run = promisify(execFile);
/** Thumbnails fit in this square, for the library's grid and the composer. */
const SIZE = 480;

/**
 * A small WebP of the file: the image itself, or a video's first frame when ffmpeg is installed.
 * Without ffmpeg a video has none and the web app shows a video icon instead.
 */
export async function makeThumbnail(file: string, facts: Pick<MediaFacts, 'kind'>): Promise<Buffer | null> {
  if (facts.kind === 'image') return fit(sharp(file, { animated: false }).rotate());
  const frame = await posterFrame(file);
  return frame ? fit(sharp(frame)) : null;
}

function fit(image: sharp.Sharp): Promise<Buffer> {
  return image.resize(SIZE, SIZE, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer();
}

async function posterFrame(file: string): Promise<Buffer | null> {
  try {
    const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-frames:v', '1', '-f', 'image2pipe', '-c:v', 'png', 'pipe:1'], {
      encoding: 'buffer',
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.length > 0 ? stdout : null;
  } catch {
    // No ffmpeg here, or a video it cannot decode: the video simply has no poster.
    return null;
  }
}
