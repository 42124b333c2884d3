import { z } from 'zod';
import { id, timestamp } from '../../schemas.ts';

export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
});

export const auditPageSchema = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      action: z.string(),
      targetType: z.string(),
      targetId: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
      createdAt: timestamp,
      actor: z.object({ id, name: z.string() }).nullable(),
    }),
  ),
  nextBefore: z.number().int().nullable(),
});
