import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { AppError, type FieldProblem } from '../core/errors.ts';

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  problems: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
});

/** Sends an RFC 9457 problem document. */
export function sendProblem(reply: FastifyReply, err: AppError): FastifyReply {
  if (err.extra.retryAfterSeconds !== undefined) reply.header('retry-after', String(err.extra.retryAfterSeconds));
  return reply
    .status(err.status)
    .type('application/problem+json')
    .send({
      type: `urn:canopy:problem:${err.code}`,
      title: err.code.replaceAll('_', ' '),
      status: err.status,
      detail: err.message,
      code: err.code,
      ...(err.extra.problems ? { problems: err.extra.problems } : {}),
    });
}

/** Turns zod issues into field problems a person can act on. */
export function validationError(where: 'params' | 'query' | 'body', error: z.ZodError): AppError {
  const problems: FieldProblem[] = error.issues.map((issue) => {
    const field = [where, ...issue.path.map(String)].join('.');
    if (issue.code === 'unrecognized_keys') {
      return { field: where, message: `unknown field(s): ${issue.keys.join(', ')}; remove them` };
    }
    return { field, message: issue.message };
  });
  const summary = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new AppError('validation_failed', `The request is not valid. ${summary}`, { problems });
}
