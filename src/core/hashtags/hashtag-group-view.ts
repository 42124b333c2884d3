import type { hashtagGroups } from '../../db/schema.ts';

export interface HashtagGroupView {
  id: string;
  name: string;
  hashtags: string[];
  createdAt: Date;
}

export function hashtagGroupView(row: typeof hashtagGroups.$inferSelect): HashtagGroupView {
  return { id: row.id, name: row.name, hashtags: row.hashtags, createdAt: row.createdAt };
}
