/** Mastodon's documented JSON (snake_case, as the instance sends it), for the contract tests. */

export const ACCOUNT_ID = '109382';

export function accountJson(overrides: Record<string, unknown> = {}) {
  return {
    id: ACCOUNT_ID,
    username: 'canopy',
    acct: 'canopy',
    display_name: 'Κανόπι Canopy',
    locked: false,
    bot: false,
    created_at: '2024-01-02T10:00:00.000Z',
    note: '<p>Social team</p>',
    url: 'https://example.social/@canopy',
    avatar: 'https://files.example.social/avatars/canopy.png',
    avatar_static: 'https://files.example.social/avatars/canopy.png',
    followers_count: 1234,
    following_count: 56,
    statuses_count: 789,
    emojis: [],
    fields: [],
    ...overrides,
  };
}

export function statusJson(overrides: Record<string, unknown> & { id: string }) {
  return {
    created_at: '2026-11-21T12:00:00.000Z',
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    sensitive: false,
    spoiler_text: '',
    visibility: 'public',
    language: 'en',
    uri: `https://example.social/users/canopy/statuses/${overrides.id}`,
    url: `https://example.social/@canopy/${overrides.id}`,
    replies_count: 0,
    reblogs_count: 0,
    favourites_count: 0,
    content: '<p>Hello</p>',
    reblog: null,
    application: { name: 'Canopy', website: null },
    account: accountJson(),
    media_attachments: [],
    mentions: [],
    tags: [],
    emojis: [],
    card: null,
    poll: null,
    ...overrides,
  };
}

/**
 * How Mastodon renders plain text: paragraphs, <br /> for line breaks, escaped HTML characters, and
 * a remote mention shown as "@user" linking to its home instance.
 */
export function htmlOf(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/@(\w+)@([\w.-]+)/g, '<span class="h-card"><a href="https://$2/@$1" class="u-url mention">@<span>$1</span></a></span>');
  return escaped
    .split(/\n{2,}/)
    .map((p) => `<p>${p.replace(/\n/g, '<br />')}</p>`)
    .join('');
}

export function instanceJson(configuration: Record<string, unknown> = {}) {
  return {
    domain: 'example.social',
    title: 'Example Social',
    version: '4.5.0',
    configuration: {
      urls: { streaming: 'wss://example.social' },
      statuses: { max_characters: 500, max_media_attachments: 4, characters_reserved_per_url: 23 },
      media_attachments: {
        supported_mime_types: ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'video/mp4'],
        image_size_limit: 16777216,
        image_matrix_limit: 33177600,
        video_size_limit: 103809024,
        video_frame_rate_limit: 120,
        video_matrix_limit: 8294400,
      },
      ...configuration,
    },
  };
}

export function mediaJson(id: string, description: string | null, processed = true) {
  return {
    id,
    type: 'image',
    url: processed ? `https://files.example.social/media/${id}.png` : null,
    preview_url: `https://files.example.social/media/${id}-small.png`,
    remote_url: null,
    meta: null,
    description,
    blurhash: null,
  };
}
