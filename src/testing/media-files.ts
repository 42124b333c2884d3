import { BufferTarget, EncodedPacket, EncodedVideoPacketSource, MovOutputFormat, Mp4OutputFormat, Output, WebMOutputFormat } from 'mediabunny';
import sharp from 'sharp';

/** A real PNG or JPEG of the given size, in one colour. */
export async function imageFile(format: 'png' | 'jpeg' | 'gif' | 'webp', width: number, height: number, colour = '#2f9e44'): Promise<Uint8Array> {
  const image = sharp({ create: { width, height, channels: 3, background: colour } });
  return new Uint8Array(await image.toFormat(format).toBuffer());
}

/**
 * A small but well-formed video container (MP4, MOV or WebM) with a video track of the given frame
 * size and length. Its frames are not decodable pictures: enough for reading sizes and durations.
 */
export async function videoFile(container: 'mp4' | 'mov' | 'webm', width: number, height: number, seconds: number): Promise<Uint8Array> {
  const target = new BufferTarget();
  const format = container === 'mp4' ? new Mp4OutputFormat() : container === 'mov' ? new MovOutputFormat() : new WebMOutputFormat();
  const output = new Output({ format, target });
  const webm = container === 'webm';
  const source = new EncodedVideoPacketSource(webm ? 'vp9' : 'avc');
  output.addVideoTrack(source);
  await output.start();
  const frames = Math.round(seconds * 10);
  for (let i = 0; i < frames; i++) {
    const packet = new EncodedPacket(new Uint8Array([0, 0, 0, 1, i % 256]), i === 0 ? 'key' : 'delta', i / 10, 0.1);
    const decoderConfig = webm
      ? { codec: 'vp09.00.10.08', codedWidth: width, codedHeight: height }
      : { codec: 'avc1.42001f', codedWidth: width, codedHeight: height, description: new Uint8Array([1, 0x42, 0, 0x1f, 0xff, 0xe0, 0, 0xe1, 0]) };
    await source.add(packet, i === 0 ? { decoderConfig } : undefined);
  }
  await output.finalize();
  return new Uint8Array(target.buffer!);
}
