/** The shapes of X API v2 answers Canopy reads (docs.x.com, "Fields" and "Data dictionary"). */

export interface XProblem {
  title?: string;
  detail?: string;
  type?: string;
  status?: number;
  message?: string;
  code?: number;
  value?: string;
  resource_id?: string;
  parameters?: Record<string, unknown>;
}

export interface XAnswer<T> {
  data?: T;
  includes?: { users?: XUser[] };
  meta?: { next_token?: string; result_count?: number };
  errors?: XProblem[];
}

export interface XUser {
  id: string;
  name: string;
  username: string;
  profile_image_url?: string;
  public_metrics?: { followers_count?: number; following_count?: number; tweet_count?: number };
}

export interface XUrlEntity {
  start: number;
  end: number;
  url: string;
  expanded_url?: string;
  display_url?: string;
  media_key?: string;
}

export interface XTweet {
  id: string;
  text: string;
  created_at?: string;
  author_id?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: Array<{ type: 'replied_to' | 'quoted' | 'retweeted'; id: string }>;
  entities?: { urls?: XUrlEntity[] };
  public_metrics?: {
    retweet_count?: number;
    reply_count?: number;
    like_count?: number;
    quote_count?: number;
    bookmark_count?: number;
    impression_count?: number;
  };
}

export interface XDmEvent {
  id: string;
  event_type: string;
  text?: string;
  created_at?: string;
  sender_id?: string;
  dm_conversation_id?: string;
}

export interface XMediaUpload {
  id: string;
  media_key?: string;
  expires_after_secs?: number;
  processing_info?: { state: 'pending' | 'in_progress' | 'succeeded' | 'failed'; check_after_secs?: number; progress_percent?: number; error?: { code?: number; name?: string; message?: string } };
}
