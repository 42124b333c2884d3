import type { NetworkAdapter, PublishedPost, PublishRequest, Publisher } from '../../../networks/adapter.ts';
import { ok, type Failure, type Outcome } from '../../../networks/outcome.ts';
import { scriptedNetwork } from '../../profiles/testing/scripted-network.ts';

export interface StoredPost {
  remoteId: string;
  text: string;
  marker: string;
  replyTo: string | null;
  at: Date;
}

/**
 * A network that keeps what is published in memory, and answers as a test scripts it: each entry
 * of `next` decides one publish call — a failure, or 'lose_answer' (the post lands but the answer
 * is lost, as in a timeout after the network accepted it).
 */
export interface ScriptedPublisher {
  adapter: NetworkAdapter;
  posts: StoredPost[];
  next: Array<Failure | 'lose_answer'>;
  calls: { publish: number; find: number };
}

export function scriptedPublisher(id = 'scripted'): ScriptedPublisher {
  const base = scriptedNetwork(id);
  const state: ScriptedPublisher = { adapter: base.adapter, posts: [], next: [], calls: { publish: 0, find: 0 } };
  let seq = 0;
  const store = (request: Pick<PublishRequest, 'text' | 'marker'> & { replyTo?: string }): PublishedPost => {
    const remoteId = `post-${++seq}`;
    state.posts.push({ remoteId, text: request.text, marker: request.marker, replyTo: request.replyTo ?? null, at: new Date() });
    return { remoteId, url: `https://scripted.example/${remoteId}` };
  };
  const publisher: Publisher = {
    async publish(_session, request): Promise<Outcome<PublishedPost>> {
      state.calls.publish++;
      const scripted = state.next.shift();
      if (scripted === 'lose_answer') {
        store({ text: request.text, marker: request.marker, ...(request.replyTo ? { replyTo: request.replyTo.remoteId } : {}) });
        return { kind: 'unknown', reason: 'The network did not answer in time' };
      }
      if (scripted) return scripted;
      return ok(store({ text: request.text, marker: request.marker, ...(request.replyTo ? { replyTo: request.replyTo.remoteId } : {}) }));
    },
    async comment(_session, input) {
      state.calls.publish++;
      return ok(store({ text: input.text, marker: `comment-on-${input.onRemoteId}`, replyTo: input.onRemoteId }));
    },
    async delete() {
      return ok(undefined);
    },
    async find(_session, input) {
      state.calls.find++;
      const hit = state.posts.find((p) => p.marker === input.marker || (p.text === input.text && p.at >= input.after && p.at <= input.before));
      return ok(hit ? { remoteId: hit.remoteId, url: `https://scripted.example/${hit.remoteId}` } : null);
    },
  };
  state.adapter = { ...base.adapter, manifest: { ...base.adapter.manifest, capabilities: { ...base.adapter.manifest.capabilities, publish: true } }, publisher };
  return state;
}
