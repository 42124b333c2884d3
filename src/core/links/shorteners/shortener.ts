/** Turns a long link into a short one. A provider that cannot answers null, and the long link is kept. */
export interface Shortener {
  shorten(url: string): Promise<string | null>;
}
