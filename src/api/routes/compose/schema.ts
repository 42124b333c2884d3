import { z } from 'zod';
import { composeProblemCodes } from '../../../core/compose/problems.ts';

const mimeType = z
  .string()
  .max(127)
  .regex(/^[\w.+-]+\/[\w.+-]+$/, 'must be a MIME type such as image/jpeg or video/mp4');

const composeMedia = z.strictObject({
  kind: z.enum(['image', 'video']),
  mimeType,
  bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  width: z.number().int().min(1).max(1_000_000).optional(),
  height: z.number().int().min(1).max(1_000_000).optional(),
  durationSeconds: z.number().min(0).max(10_000_000).optional(),
  altText: z.string().max(10_000).optional(),
});

const composeTarget = z.strictObject({
  // Any name: one Canopy does not know is a problem of its target, not a refused request.
  network: z.string().trim().min(1).max(64),
  text: z.string().max(100_000, 'must be at most 100,000 characters'),
  media: z.array(composeMedia).max(50).optional(),
  paid: z.boolean().optional(),
});

const composePolicy = z.strictObject({
  requireAltText: z.boolean().default(false),
  bannedTerms: z.array(z.string().trim().min(1).max(200)).max(1000).default([]),
  requiredDisclosure: z.strictObject({ when: z.literal('paid'), text: z.string().trim().min(1).max(100) }).optional(),
});

export const validateComposeBody = z.strictObject({
  targets: z.array(composeTarget).min(1, 'must name at least one network').max(20, 'must name at most 20 networks'),
  policy: composePolicy.optional(),
});

const composeProblem = z.object({
  code: z.enum(composeProblemCodes),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).optional(),
});

export const validateComposeResponse = z.object({
  targets: z.array(
    z.object({
      network: z.string(),
      /** The text's length as the network counts it (null for a network Canopy does not know). */
      length: z.number().int().nullable(),
      limit: z.number().int().nullable(),
      ok: z.boolean(),
      problems: z.array(composeProblem),
    }),
  ),
});
