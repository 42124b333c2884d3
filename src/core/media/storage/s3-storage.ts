import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Config } from '../../../config/index.ts';
import { notFound } from '../../errors.ts';
import type { MediaStorage } from './media-storage.ts';

/** Media in an S3-compatible bucket. Networks pull a file by a presigned GET URL. */
export class S3Storage implements MediaStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(s3: NonNullable<Config['media']['s3']>) {
    this.bucket = s3.bucket;
    this.client = new S3Client({
      region: s3.region,
      forcePathStyle: s3.forcePathStyle,
      // Many S3-compatible servers do not read the SDK's chunked checksum uploads; send checksums only where S3 requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...(s3.endpoint ? { endpoint: s3.endpoint } : {}),
      ...(s3.accessKeyId && s3.secretAccessKey ? { credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } } : {}),
    });
  }

  async put(key: string, body: Readable, info: { contentType: string; bytes: number }): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: info.contentType, ContentLength: info.bytes }));
  }

  async get(key: string): Promise<Readable> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return object.Body as Readable;
    } catch (err) {
      if (err instanceof NoSuchKey) throw notFound('The media file');
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async pullUrl(file: { key: string }, ttlSeconds: number): Promise<string> {
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: file.key }), { expiresIn: ttlSeconds });
  }
}
