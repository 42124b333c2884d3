import { z } from 'zod';

/** What may be sent as an answer, or saved as one. */
export const replyText = z.string().trim().min(1, 'must not be empty').max(10_000, 'must be at most 10,000 characters');
