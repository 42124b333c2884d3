// The post as the web app reads it: the API's PostView with its dates as ISO strings.
import type { PostView } from '../../core/publishing/post-view.ts';

type Serialized<T> = T extends Date ? string : T extends Array<infer U> ? Array<Serialized<U>> : T extends object ? { [K in keyof T]: Serialized<T[K]> } : T;

export type Post = Serialized<PostView>;
export type PostTarget = Post['targets'][number];
export type PostStatus = Post['status'];
