import type { AppBskyActorDefs } from '@atproto/api';
import type { InboxItem } from '../adapter.ts';

/** A person as Canopy shows them, from any of the AppView's profile views. */
export function authorOf(profile: AppBskyActorDefs.ProfileViewBasic | AppBskyActorDefs.ProfileView): InboxItem['author'] {
  return {
    remoteId: profile.did,
    handle: profile.handle,
    displayName: profile.displayName?.trim() || profile.handle,
    ...(profile.avatar ? { avatarUrl: profile.avatar } : {}),
  };
}

/** The parts of a post record the inbox and search read; records are open data, so check each. */
export function postRecordOf(record: Record<string, unknown>, indexedAt: string): {
  text: string;
  createdAt: Date;
  replyRoot: string | null;
  replyParent: string | null;
} {
  const reply = record.reply as { root?: { uri?: unknown }; parent?: { uri?: unknown } } | undefined;
  const created = typeof record.createdAt === 'string' ? new Date(record.createdAt) : new Date(NaN);
  return {
    text: typeof record.text === 'string' ? record.text : '',
    createdAt: Number.isNaN(created.getTime()) ? new Date(indexedAt) : created,
    replyRoot: typeof reply?.root?.uri === 'string' ? reply.root.uri : null,
    replyParent: typeof reply?.parent?.uri === 'string' ? reply.parent.uri : null,
  };
}
