import type { postTargets } from '../../db/schema.ts';

export const FIRST_COMMENT = -1;

export interface TargetPart {
  part: number;
  text: string;
  /** The marker this part carries, derived from the target's. */
  marker: string;
}

/** A target's parts in publishing order: the post, its thread parts, then the first comment. */
export function partsOf(target: typeof postTargets.$inferSelect): TargetPart[] {
  const parts: TargetPart[] = [{ part: 0, text: target.text, marker: target.marker }];
  target.threadParts.forEach((text, i) => parts.push({ part: i + 1, text, marker: `${target.marker}-${i + 1}` }));
  if (target.firstComment) parts.push({ part: FIRST_COMMENT, text: target.firstComment, marker: `${target.marker}-c` });
  return parts;
}
