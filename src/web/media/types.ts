// A file of the media library as the web app reads it: the API's MediaView with its date as an ISO string.
import type { ComposeMedia } from '../../core/compose/types.ts';
import type { MediaView } from '../../core/media/media-view.ts';

export type { ComposeMedia };

export type Media = Omit<MediaView, 'createdAt'> & { createdAt: string };

/** A page of the library, newest first; `next` is the cursor for the page after it. */
export interface MediaPage {
  items: Media[];
  next: string | null;
}

/** What the composer's checks need to know about a chosen file. */
export function composeMediaOf(m: Media): ComposeMedia {
  return {
    kind: m.kind,
    mimeType: m.mimeType,
    bytes: m.bytes,
    ...(m.width !== null ? { width: m.width } : {}),
    ...(m.height !== null ? { height: m.height } : {}),
    ...(m.durationMs !== null ? { durationSeconds: m.durationMs / 1000 } : {}),
    ...(m.altText ? { altText: m.altText } : {}),
  };
}
