import { z } from 'zod';
import { id, networkId, timestamp } from '../../schemas.ts';

export const postStatus = z.enum(['draft', 'pending_approval', 'changes_requested', 'rejected', 'scheduled', 'publishing', 'published', 'partially_published', 'failed', 'approval_missed']);
const longText = z.string().max(100_000);
const mediaIds = z.array(id).max(20, 'at most 20 media');

const variant = z.strictObject({
  text: longText.min(1).optional(),
  threadParts: z.array(longText.min(1)).max(25).optional(),
  firstComment: longText.min(1).optional(),
  link: z.url({ protocol: /^https?$/ }).optional(),
  options: z.record(z.string().max(100), z.string().max(5_000)).optional(),
  mediaIds: mediaIds.optional(),
});

/** What a post is made of; create needs profiles and text, an edit any of these. */
export const postFields = {
  profileIds: z.array(id).min(1, 'choose at least one profile').max(50),
  text: longText.min(1, 'write something'),
  variants: z.record(networkId, variant).optional(),
  mediaIds: mediaIds.optional(),
  tags: z.array(z.string().max(50, 'a tag is at most 50 characters')).max(100).optional(),
  campaignId: id.optional(),
  paid: z.boolean().optional(),
  schedule: z
    .strictObject({
      date: z.string().describe('YYYY-MM-DD, local'),
      time: z.string().describe('HH:mm, local'),
      zone: z.string().optional().describe('IANA zone; the workspace zone when left out'),
    })
    .optional(),
  scheduledAt: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with its offset, like 2026-12-01T09:00:00+02:00' }).optional(),
  queue: z.literal(true).optional().describe("the next posting slot free for every chosen profile"),
  draft: z.boolean().optional().describe('keep it a draft (with or without a planned time)'),
};

export const createPostBody = z.strictObject(postFields);
export const updatePostBody = z.strictObject({
  ...postFields,
  profileIds: postFields.profileIds.optional(),
  text: postFields.text.optional(),
  campaignId: id.nullable().optional(),
});

export const postSchema = z.object({
  id,
  status: postStatus,
  text: z.string(),
  authorId: id.nullable(),
  paid: z.boolean(),
  tags: z.array(z.string()),
  campaignId: id.nullable(),
  approval: z.object({ workflowId: id.nullable(), step: z.number().int().nullable(), submittedBy: id.nullable(), submittedAt: timestamp }).nullable(),
  schedule: z.object({ date: z.string(), time: z.string(), zone: z.string(), at: timestamp }).nullable(),
  createdAt: timestamp,
  targets: z.array(
    z.object({
      id,
      profileId: id.nullable(),
      network: z.string(),
      text: z.string(),
      threadParts: z.array(z.string()),
      firstComment: z.string().nullable(),
      link: z.string().nullable(),
      mediaIds: z.array(id),
      status: z.enum(['draft', 'scheduled', 'publishing', 'published', 'failed']),
      remoteUrl: z.string().nullable(),
      failureReason: z.string().nullable(),
      publishedAt: timestamp.nullable(),
    }),
  ),
});

export const queueSlotsBody = z.strictObject({
  slots: z
    .array(
      z.strictObject({
        weekday: z.number().int().min(1, 'an ISO weekday: 1 Monday … 7 Sunday').max(7, 'an ISO weekday: 1 Monday … 7 Sunday'),
        time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time written HH:mm'),
      }),
    )
    .max(200, 'at most 200 posting slots'),
});
