// What the Bluesky adapter adds to a post's way to the network. On a local Bluesky PDS
// (@atproto/dev-env, no AppView), publishes POSTS posts through the adapter (facet detection,
// NetworkHttp's SSRF guard and rate budgets, outcome mapping) and makes the same number of
// com.atproto.repo.createRecord calls directly with @atproto/api, for the same records, one call at
// a time. The two alternate post by post, so that the PDS's own drift (its repo grows, other work
// on the machine comes and goes) falls on both alike.
// Target: overhead_ratio = adapter_ms / direct_ms <= 1.1. Canopy's database plays no part here;
// `db` says only which mode the run was started in.
import { AtpAgent } from '@atproto/api';
import { startLocalBluesky } from '../src/networks/bluesky/testing/local-network.ts';
import { connectedSession, localAdapter } from '../src/networks/bluesky/testing/sessions.ts';
import { benchDatabase, note, report } from './lib/report.ts';

const BENCH = 'adapter-overhead';
const POSTS = 1_000;
const WARMUP = 50;

const db = benchDatabase();
const network = await startLocalBluesky({ appView: false, accounts: ['alice'] });
try {
  const alice = network.accounts.alice!;
  const publisher = localAdapter(network).publisher!;
  const session = await connectedSession(network, 'alice', { timeoutMs: 30_000 });
  const direct = new AtpAgent({ service: network.pdsUrl });
  await direct.login({ identifier: alice.handle, password: alice.appPassword });

  const text = (n: number) => `Bench post ${n} of ${POSTS}, plain text like most scheduled posts are`;
  const viaAdapter = async (n: number) => {
    const outcome = await publisher.publish(session, { text: text(n), media: [], marker: `bench-a-${n}` });
    if (outcome.kind !== 'ok') throw new Error(`adapter publish ${n}: ${JSON.stringify(outcome)}`);
  };
  const viaLibrary = async (n: number) => {
    const record = { $type: 'app.bsky.feed.post', text: text(n), createdAt: new Date().toISOString(), canopyMarker: `bench-d-${n}` };
    await direct.com.atproto.repo.createRecord({ repo: alice.did, collection: 'app.bsky.feed.post', record });
  };

  note(`${BENCH} (${db.kind}): warming up with ${WARMUP} posts each way`);
  for (let n = 0; n < WARMUP; n++) {
    await viaLibrary(-n - 1);
    await viaAdapter(-n - 1);
  }
  note(`${BENCH} (${db.kind}): ${POSTS} posts each way, alternating`);
  let adapterMs = 0;
  let directMs = 0;
  const timed = async (call: (n: number) => Promise<void>, n: number) => {
    const started = performance.now();
    await call(n);
    return performance.now() - started;
  };
  for (let n = 0; n < POSTS; n++) {
    // Which goes first swaps every post, so neither always meets the PDS right after the other.
    if (n % 2 === 0) {
      directMs += await timed(viaLibrary, n);
      adapterMs += await timed(viaAdapter, n);
    } else {
      adapterMs += await timed(viaAdapter, n);
      directMs += await timed(viaLibrary, n);
    }
  }
  report(BENCH, 'overhead_ratio', adapterMs / directMs, 'ratio', db.kind);
  report(BENCH, 'adapter_ms', adapterMs, 'ms', db.kind);
  report(BENCH, 'direct_ms', directMs, 'ms', db.kind);
} finally {
  await network.close();
}
