import type { PostStatus } from '../posts/types.ts';
import { isPostStatus } from './post-status.ts';

/** What the calendar shows, as GET /posts filters it. Kept in the URL so a view can be shared. */
export interface CalendarFilters {
  profileId?: string;
  network?: string;
  tag?: string;
  campaignId?: string;
  status?: PostStatus;
  authorId?: string;
}

export const filterKeys = ['profileId', 'network', 'tag', 'campaignId', 'status', 'authorId'] as const satisfies ReadonlyArray<keyof CalendarFilters>;

export function readFilters(params: URLSearchParams): CalendarFilters {
  const out: CalendarFilters = {};
  for (const key of filterKeys) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'status') {
      if (isPostStatus(value)) out.status = value;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** The same search params with the filters replaced; other params (the view, the date) stay. */
export function writeFilters(params: URLSearchParams, filters: CalendarFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of filterKeys) {
    const value = filters[key];
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export function activeFilterCount(filters: CalendarFilters): number {
  return filterKeys.filter((k) => filters[k]).length;
}
