import type { AdapterSession } from '../adapter.ts';
import { after, before } from 'node:test';
import { FakeNetwork, type FakeReply, type RecordedRequest } from '../testing/fake-network.ts';
import { testSession } from '../testing/session.ts';
import { appSecretProof } from './graph-api.ts';

/**
 * Test helpers for the Meta networks' contract tests: Graph API error bodies and usage headers in
 * the shapes Meta documents ("Graph API › Handling Errors", "Graph API › Rate Limits").
 */
export function graphError(code: number, message: string, extra: { subcode?: number; status?: number; userMessage?: string; transient?: boolean; headers?: Record<string, string> } = {}): FakeReply {
  return {
    status: extra.status ?? (code === 190 ? 401 : code === 4 || code === 17 || code === 32 ? 403 : 400),
    ...(extra.headers ? { headers: extra.headers } : {}),
    body: {
      error: {
        message,
        type: code === 190 ? 'OAuthException' : 'GraphMethodException',
        code,
        ...(extra.subcode ? { error_subcode: extra.subcode } : {}),
        ...(extra.userMessage ? { error_user_msg: extra.userMessage } : {}),
        is_transient: extra.transient ?? false,
        fbtrace_id: 'AbCdEfGh123',
      },
    },
  };
}

/** X-Business-Use-Case-Usage for one business object at the given percentage. */
export function businessUseCaseUsage(id: string, percent: number, regainMinutes = 0, type = 'pages'): Record<string, string> {
  return {
    'x-business-use-case-usage': JSON.stringify({
      [id]: [{ type, call_count: percent, total_cputime: Math.min(percent, 10), total_time: Math.min(percent, 10), estimated_time_to_regain_access: regainMinutes }],
    }),
  };
}

/** Text in the scripts Canopy's people write in. */
export const WORLD_TEXT = {
  greek: 'Καλημέρα από την ομάδα μας! Νέα προϊόντα σήμερα.',
  serbian: 'Добро јутро из нашег тима! Нови производи данас.',
  thai: 'สวัสดีตอนเช้าจากทีมของเรา! สินค้าใหม่วันนี้',
  emoji: 'Launch day 🚀🌿👩🏽‍💻',
};

/** Asserted near a moment without depending on how long a test takes. */
export function minutesFromNow(d: Date): number {
  return (d.getTime() - Date.now()) / 60_000;
}

/**
 * A session for a profile made from a sub-account: the login stored the person's token and, for
 * this Page or Instagram account, its own token ("page-token"), which is what calls must carry.
 */
export function subAccountSession(remoteId: string, opts: { handle?: string; timeoutMs?: number } = {}): AdapterSession {
  return testSession({
    account: { remoteId, handle: opts.handle ?? 'canopy_test', displayName: 'Canopy Test' },
    credentials: { accessToken: 'user-token', extra: { [`token:${remoteId}`]: 'page-token' } },
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
  });
}

/** Whether a recorded request carried this token as a Bearer header with its appsecret_proof. */
export function carriedToken(req: RecordedRequest | undefined, token: string, appSecret = 'test-secret'): boolean {
  return req?.headers.authorization === `Bearer ${token}` && req.query.get('appsecret_proof') === appSecretProof(token, appSecret);
}

/**
 * A suite's fake network, started before its tests and stopped after them, and the part of the
 * adapter under test, built on the fake's URL once it listens.
 */
export function fakeNetworkFor<T extends object>(build: (url: string) => T): { fake: FakeNetwork; subject: T } {
  const fake = new FakeNetwork();
  let built: T | undefined;
  before(async () => {
    await fake.start();
    built = build(fake.url);
  });
  after(() => fake.stop());
  const subject = new Proxy({} as T, {
    get(_target, property) {
      if (!built) throw new Error('The fake network has not started yet');
      return Reflect.get(built, property);
    },
  });
  return { fake, subject };
}
