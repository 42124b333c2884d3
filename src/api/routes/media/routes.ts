import { z } from 'zod';
import { deleteMedia } from '../../../core/media/delete-media.ts';
import { getMedia } from '../../../core/media/get-media.ts';
import { listMedia } from '../../../core/media/list-media.ts';
import { openMediaFile, openPulledFile, type OpenedFile } from '../../../core/media/open-media-file.ts';
import { updateMedia } from '../../../core/media/update-media.ts';
import { uploadMedia } from '../../../core/media/upload-media.ts';
import { FileReply } from '../../file-reply.ts';
import { defineRoute } from '../../route.ts';
import { id, timestamp, workspaceParams } from '../../schemas.ts';

const mediaSchema = z.object({
  id,
  filename: z.string(),
  kind: z.enum(['image', 'video']),
  mimeType: z.string(),
  bytes: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  altText: z.string().nullable(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  createdAt: timestamp,
  inUse: z.boolean(),
});

const mediaParams = workspaceParams.extend({ mediaId: id });
/** A file never changes under its id, so a browser may keep it. */
const KEEP = 'private, max-age=31536000, immutable';

const fileReply = (file: OpenedFile, cacheControl: string) => new FileReply({ ...file, cacheControl });

export const mediaRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/media',
    summary: 'Upload an image or video to the media library: the raw bytes as the body; the type is read from the bytes',
    tag: 'media',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: workspaceParams,
    query: z.strictObject({ filename: z.string().trim().min(1, 'name the file, e.g. ?filename=launch.jpg').max(255) }),
    rawBody: true,
    response: { status: 201, schema: mediaSchema },
    handler: async ({ ctx, query, http }) => {
      const mediaId = await uploadMedia(ctx, { filename: query.filename, body: http.requestBody(), declaredBytes: http.declaredLength });
      return getMedia(ctx, { mediaId });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/media',
    summary: 'The media library, newest first, a page at a time (`next` is the `before` of the next page)',
    tag: 'media',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: workspaceParams,
    query: z.strictObject({
      kind: z.enum(['image', 'video']).optional(),
      q: z.string().trim().max(200).optional(),
      before: id.optional(),
      limit: z.coerce.number().int().min(1).max(200).default(60),
    }),
    response: { status: 200, schema: z.object({ items: z.array(mediaSchema), next: id.nullable() }) },
    handler: ({ ctx, query }) => listMedia(ctx, query),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/media/:mediaId',
    summary: 'One file of the media library',
    tag: 'media',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: mediaParams,
    response: { status: 200, schema: mediaSchema },
    handler: ({ ctx, params }) => getMedia(ctx, params),
  }),
  defineRoute({
    method: 'PATCH',
    url: '/api/v1/workspaces/:workspaceId/media/:mediaId',
    summary: 'Set a file’s alt text (empty or null clears it)',
    tag: 'media',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: mediaParams,
    body: z.strictObject({ altText: z.string().max(1500, 'must be at most 1500 characters').nullable() }),
    response: { status: 200, schema: mediaSchema },
    handler: ({ ctx, params, body }) => updateMedia(ctx, { ...params, ...body }),
  }),
  defineRoute({
    method: 'DELETE',
    url: '/api/v1/workspaces/:workspaceId/media/:mediaId',
    summary: 'Delete a file and its stored bytes; refused (409) while a post uses it',
    tag: 'media',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: mediaParams,
    response: { status: 204 },
    handler: ({ ctx, params }) => deleteMedia(ctx, params),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/media/:mediaId/file',
    summary: 'The file itself',
    tag: 'media',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: mediaParams,
    response: { status: 200 },
    handler: async ({ ctx, params }) => fileReply(await openMediaFile(ctx, { ...params, part: 'file' }), KEEP),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/media/:mediaId/thumbnail',
    summary: 'A small WebP of the file (404 for a video when the server has no ffmpeg)',
    tag: 'media',
    access: { kind: 'workspace', permission: 'calendar.read' },
    params: mediaParams,
    response: { status: 200 },
    handler: async ({ ctx, params }) => fileReply(await openMediaFile(ctx, { ...params, part: 'thumbnail' }), KEEP),
  }),
  defineRoute({
    method: 'GET',
    url: '/media-files/:token',
    summary: 'A file by a signed, expiring link, for networks that fetch media by URL',
    tag: 'media',
    access: { kind: 'public' },
    params: z.strictObject({ token: z.string().max(500) }),
    response: { status: 200 },
    handler: async ({ ctx, params }) => fileReply(await openPulledFile(ctx, params), 'public, max-age=300'),
  }),
];
