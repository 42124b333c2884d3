import { z } from 'zod';
import { getImport } from '../../../core/imports/get-import.ts';
import { previewImport } from '../../../core/imports/preview-import.ts';
import { startImport } from '../../../core/imports/start-import.ts';
import { defineRoute } from '../../route.ts';
import { id, timestamp, workspaceParams } from '../../schemas.ts';

const MAX_CSV_BYTES = 2 * 1024 * 1024;
const csvBody = z.strictObject({
  csv: z
    .string()
    .min(1, 'paste or upload a CSV file')
    .refine((csv) => Buffer.byteLength(csv) <= MAX_CSV_BYTES, 'must be at most 2 MB'),
});
/** Room for the CSV as a JSON string, quotes and line breaks escaped. */
const bodyLimit = 3 * MAX_CSV_BYTES;
const rowError = z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.string()).optional() });
const previewRow = z.object({
  row: z.number().int(),
  profiles: z.array(z.string()),
  profileIds: z.array(id),
  text: z.string(),
  date: z.string(),
  time: z.string(),
  tags: z.array(z.string()),
  campaign: z.string().nullable(),
  link: z.string().nullable(),
  errors: z.array(rowError),
});
const importView = z.object({
  id,
  status: z.enum(['running', 'done']),
  total: z.number().int(),
  done: z.number().int(),
  succeeded: z.number().int(),
  failed: z.number().int(),
  results: z.array(z.object({ row: z.number().int(), postId: id.optional(), error: z.string().optional() })),
  createdAt: timestamp,
  finishedAt: timestamp.nullable(),
});

export const importRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/imports/preview',
    summary: 'Read a CSV of posts (columns profiles, text, date, time, and optionally tags, campaign, link) and check each row, creating nothing',
    tag: 'imports',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: workspaceParams,
    body: csvBody,
    bodyLimit,
    response: { status: 200, schema: z.object({ rows: z.array(previewRow), valid: z.number().int(), invalid: z.number().int(), asDrafts: z.boolean() }) },
    handler: async ({ ctx, body }) => {
      const { ready: _, ...preview } = await previewImport(ctx, body);
      return preview;
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/v1/workspaces/:workspaceId/imports',
    summary: 'Import a CSV of posts: the valid rows become posts one by one in the background; follow it with GET /imports/{importId}',
    tag: 'imports',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: workspaceParams,
    body: csvBody,
    bodyLimit,
    response: { status: 202, schema: z.object({ id }) },
    handler: ({ ctx, body }) => startImport(ctx, body),
  }),
  defineRoute({
    method: 'GET',
    url: '/api/v1/workspaces/:workspaceId/imports/:importId',
    summary: "An import's progress and each row's result: its post, or why it failed",
    tag: 'imports',
    access: { kind: 'workspace', permission: 'posts.draft' },
    params: workspaceParams.extend({ importId: id }),
    response: { status: 200, schema: importView },
    handler: ({ ctx, params }) => getImport(ctx, params),
  }),
];
