import { z } from 'zod';
import type { PushedItem } from '../adapter.ts';
import { metaWebhook } from '../meta/webhook.ts';

/**
 * A Page's `feed` field (Webhooks for Pages › feed): `value.item` says what changed. A comment
 * added under a post, by someone other than the Page, is an inbox item; the rest is not ours to show.
 */
const feedChange = z.object({
  field: z.literal('feed'),
  value: z.object({
    item: z.string(),
    verb: z.string(),
    comment_id: z.string().optional(),
    post_id: z.string(),
    parent_id: z.string().optional(),
    from: z.object({ id: z.string(), name: z.string().optional() }),
    message: z.string().optional(),
    created_time: z.union([z.number(), z.string()]),
  }),
});

const delivery = z.object({
  object: z.literal('page'),
  entry: z.array(z.object({ id: z.string(), changes: z.array(z.unknown()).default([]) })).max(1_000),
});

function timeOf(value: number | string): Date {
  return typeof value === 'number' ? new Date(value * 1000) : new Date(value);
}

export function parsePageDelivery(body: unknown): PushedItem[] {
  const parsed = delivery.safeParse(body);
  if (!parsed.success) return [];
  return parsed.data.entry.flatMap((entry) =>
    entry.changes.flatMap((raw): PushedItem[] => {
      const change = feedChange.safeParse(raw);
      if (!change.success) return [];
      const v = change.data.value;
      if (v.item !== 'comment' || v.verb !== 'add' || !v.comment_id || v.from.id === entry.id) return [];
      const name = v.from.name ?? 'Facebook user';
      return [
        {
          accountRemoteId: entry.id,
          item: {
            remoteId: v.comment_id,
            kind: 'comment',
            threadId: v.post_id,
            parentRemoteId: v.parent_id ?? v.post_id,
            author: { remoteId: v.from.id, handle: name, displayName: name },
            text: v.message ?? '',
            createdAt: timeOf(v.created_time),
          },
        },
      ];
    }),
  );
}

export const facebookWebhook = metaWebhook(parsePageDelivery);
