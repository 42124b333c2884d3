/** X API v2 JSON as docs.x.com documents it, for the contract tests. */

export const ME = { id: '1580661436132757506', name: 'Canopy Κανόπι', username: 'canopy_test', profile_image_url: 'https://pbs.twimg.com/profile_images/1/canopy_normal.jpg' };
export const ANA = { id: '2244994945', name: 'Ана Петровић', username: 'ana_p', profile_image_url: 'https://pbs.twimg.com/profile_images/2/ana_normal.jpg' };

export function tweetJson(overrides: Record<string, unknown> & { id: string; text: string }) {
  return { created_at: '2026-11-21T12:00:00.000Z', author_id: ME.id, conversation_id: overrides.id, edit_history_tweet_ids: [overrides.id], ...overrides };
}

/** X rewrites every link in a post's text to t.co and lists the original in entities.urls. */
export function shortened(text: string, id: string) {
  const urls: Array<Record<string, unknown>> = [];
  let shown = text;
  let n = 0;
  for (const match of text.matchAll(/https?:\/\/\S+/g)) {
    const short = `https://t.co/${id.slice(-4)}${n++}`;
    shown = shown.replace(match[0], short);
    urls.push({ url: short, expanded_url: match[0], display_url: match[0].replace(/^https?:\/\//, '') });
  }
  let start = 0;
  for (const url of urls) {
    start = shown.indexOf(String(url.url), start);
    Object.assign(url, { start, end: start + String(url.url).length });
  }
  return { text: shown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'), entities: { urls } };
}

export const PROBLEMS = {
  unauthorized: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' },
  duplicate: { detail: 'You are not allowed to create a Tweet with duplicate content.', type: 'about:blank', title: 'Forbidden', status: 403 },
  tooLong: {
    errors: [{ parameters: { text: ['…'] }, message: 'Your Tweet text is too long. For more information on how X determines text length see https://github.com/twitter/twitter-text.' }],
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: 'https://api.twitter.com/2/problems/invalid-request',
  },
  tooManyRequests: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 },
  usageCapped: { title: 'UsageCapExceeded', detail: 'Usage cap exceeded: Monthly product cap', type: 'https://api.twitter.com/2/problems/usage-capped', period: 'Monthly', scope: 'Product' },
};
