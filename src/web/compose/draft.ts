// What the person is composing, as plain data: where it came from (a new post or a saved one), what
// each network gets, and the bodies the API takes for saving and for checking it.
import type { ComposeMedia } from '../media/types.ts';
import type { Post } from '../posts/types.ts';

/** What one network gets instead of the shared post; empty fields follow the shared post. */
export interface VariantDraft {
  /** null: the shared text. */
  text: string | null;
  threadParts: string[];
  firstComment: string;
  link: string;
  /** null: the shared media. */
  mediaIds: string[] | null;
}

export type When = 'schedule' | 'queue' | 'draft';

export interface ComposeDraft {
  profileIds: string[];
  text: string;
  mediaIds: string[];
  variants: Record<string, VariantDraft>;
  tags: string[];
  campaignId: string | null;
  paid: boolean;
  when: When;
  /** YYYY-MM-DD and HH:mm in the workspace's zone. */
  date: string;
  time: string;
  workflowId: string | null;
}

export const emptyVariant: VariantDraft = { text: null, threadParts: [], firstComment: '', link: '', mediaIds: null };

/** The wall date and time of an instant in a zone, as the schedule fields hold them. */
export function wallTime(at: Date, zone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A new post: nothing chosen, scheduled at the given instant (the calendar's `?at=`) or the next full hour. */
export function newDraft(zone: string, at: Date | null, now: Date): ComposeDraft {
  const when = at ?? new Date(Math.ceil((now.getTime() + 1) / 3_600_000) * 3_600_000);
  return { profileIds: [], text: '', mediaIds: [], variants: {}, tags: [], campaignId: null, paid: false, when: 'schedule', ...wallTime(when, zone), workflowId: null };
}

const sameIds = (a: string[], b: string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** A saved post as a draft to edit: a target whose text or media differ from the post's becomes a variant. */
export function draftFromPost(post: Post, zone: string, now: Date): ComposeDraft {
  const first = post.targets[0];
  const sharedMedia = first?.mediaIds ?? [];
  const variants: Record<string, VariantDraft> = {};
  for (const target of post.targets) {
    const variant: VariantDraft = {
      text: target.text === post.text ? null : target.text,
      threadParts: target.threadParts,
      firstComment: target.firstComment ?? '',
      link: target.link ?? '',
      mediaIds: sameIds(target.mediaIds, sharedMedia) ? null : target.mediaIds,
    };
    if (!isEmptyVariant(variant)) variants[target.network] = variant;
  }
  const base = newDraft(zone, post.schedule ? new Date(post.schedule.at) : null, now);
  return {
    ...base,
    profileIds: post.targets.flatMap((t) => (t.profileId ? [t.profileId] : [])),
    text: post.text,
    mediaIds: sharedMedia,
    variants,
    tags: post.tags,
    campaignId: post.campaignId,
    paid: post.paid,
    when: post.schedule ? 'schedule' : 'draft',
    ...(post.schedule ? { date: post.schedule.date, time: post.schedule.time } : {}),
    workflowId: post.approval?.workflowId ?? null,
  };
}

export function isEmptyVariant(v: VariantDraft): boolean {
  return v.text === null && v.threadParts.length === 0 && !v.firstComment && !v.link && v.mediaIds === null;
}

/** What one network will publish: its own fields where it has them, the shared post's elsewhere. */
export function effectiveVariant(draft: ComposeDraft, network: string): { text: string; threadParts: string[]; firstComment: string; link: string; mediaIds: string[] } {
  const v = draft.variants[network] ?? emptyVariant;
  return { text: v.text ?? draft.text, threadParts: v.threadParts, firstComment: v.firstComment, link: v.link, mediaIds: v.mediaIds ?? draft.mediaIds };
}

type ApiVariant = { text?: string; threadParts?: string[]; firstComment?: string; link?: string; mediaIds?: string[] };

/**
 * The body of POST /posts, or of PATCH for an edit: an edit also sends what was emptied (no
 * campaign, no tags, no media, not paid), where a new post leaves those out.
 */
export function postBody(draft: ComposeDraft, networks: string[], options: { asDraft: boolean; edit: boolean }) {
  const variants: Record<string, ApiVariant> = {};
  for (const network of networks) {
    const v = draft.variants[network];
    if (!v) continue;
    const out: ApiVariant = {};
    if (v.text !== null && v.text.trim()) out.text = v.text;
    const parts = v.threadParts.filter((p) => p.trim());
    if (parts.length) out.threadParts = parts;
    if (v.firstComment.trim()) out.firstComment = v.firstComment;
    if (v.link.trim()) out.link = v.link.trim();
    if (v.mediaIds !== null) out.mediaIds = v.mediaIds;
    if (Object.keys(out).length) variants[network] = out;
  }
  const schedule = { date: draft.date, time: draft.time };
  return {
    profileIds: draft.profileIds,
    text: draft.text,
    ...(Object.keys(variants).length ? { variants } : {}),
    ...(options.edit ? { mediaIds: draft.mediaIds, tags: draft.tags, campaignId: draft.campaignId, paid: draft.paid } : {}),
    ...(!options.edit && draft.mediaIds.length ? { mediaIds: draft.mediaIds } : {}),
    ...(!options.edit && draft.tags.length ? { tags: draft.tags } : {}),
    ...(!options.edit && draft.campaignId ? { campaignId: draft.campaignId } : {}),
    ...(!options.edit && draft.paid ? { paid: true } : {}),
    ...(draft.when === 'queue' && !options.asDraft ? { queue: true } : {}),
    ...(draft.when === 'schedule' ? { schedule } : {}),
    ...(draft.when === 'draft' || options.asDraft ? { draft: true } : {}),
  };
}

/** Which text of which network a checked target is: the post itself (part 0) or a thread part. */
export interface CheckedPart {
  network: string;
  part: number;
}

const maxTargets = 20;

/**
 * The body of POST /compose/validate for the chosen networks: one target for each network's post
 * and one for each thread part (as many as the checker takes), and which is which.
 */
export function validateBody(draft: ComposeDraft, networks: string[], media: (id: string) => ComposeMedia | undefined) {
  const parts: CheckedPart[] = [];
  const targets = [];
  for (const network of networks) {
    const v = effectiveVariant(draft, network);
    const files = v.mediaIds.flatMap((id) => media(id) ?? []);
    targets.push({ network, text: v.text, ...(files.length ? { media: files } : {}), ...(draft.paid ? { paid: true } : {}) });
    parts.push({ network, part: 0 });
  }
  for (const network of networks) {
    effectiveVariant(draft, network).threadParts.forEach((text, i) => {
      if (targets.length >= maxTargets || !text.trim()) return;
      targets.push({ network, text });
      parts.push({ network, part: i + 1 });
    });
  }
  return { body: { targets }, parts };
}
