import type { OAuthConnector, RemoteAccount } from '../adapter.ts';
import { createGoogleConnector } from '../google/oauth.ts';
import { isHttpFailure, type NetworkHttp } from '../http.ts';
import { ok, rejected, type Outcome } from '../outcome.ts';
import { youtubeUrl, type YouTubeApi } from './client.ts';
import { youtubeFailure } from './errors.ts';
import { YOUTUBE_SCOPES } from './manifest.ts';

interface ChannelList {
  items?: Array<{
    id: string;
    snippet?: { title?: string; customUrl?: string; thumbnails?: Record<string, { url?: string }> };
  }>;
}

/** Google OAuth, then channels.list?mine=true: the profile is the channel the person chose at consent. */
export function createYouTubeConnector(api: YouTubeApi, oauthBase: string): OAuthConnector {
  return createGoogleConnector({ oauthBase, scopes: YOUTUBE_SCOPES, readAccount: (http, token) => readChannel(api, http, token) });
}

async function readChannel(api: YouTubeApi, http: NetworkHttp, accessToken: string): Promise<Outcome<RemoteAccount>> {
  const res = await http.send({
    url: youtubeUrl(api, '/channels', { part: 'snippet', mine: 'true' }),
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
    bucket: 'read',
  });
  if (isHttpFailure(res) || res.status !== 200) return youtubeFailure(res, { write: false });
  const channel = (res.json as ChannelList | undefined)?.items?.[0];
  if (!channel) return rejected('This Google account has no YouTube channel. Create one on YouTube, then connect again.', 'no_channel');
  const thumbs = channel.snippet?.thumbnails ?? {};
  const avatarUrl = thumbs['high']?.url ?? thumbs['medium']?.url ?? thumbs['default']?.url;
  return ok({
    remoteId: channel.id,
    handle: channel.snippet?.customUrl ?? channel.id,
    displayName: channel.snippet?.title ?? channel.id,
    ...(avatarUrl ? { avatarUrl } : {}),
  });
}
