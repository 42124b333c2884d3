import type { Readable } from 'node:stream';

/** What a route returns to send a file instead of JSON: the bytes as a stream, with their type and caching. */
export class FileReply {
  constructor(
    readonly file: {
      body: Readable;
      mimeType: string;
      bytes?: number | null;
      /** Shown to a browser that saves the file. */
      filename?: string;
      cacheControl: string;
    },
  ) {}
}
