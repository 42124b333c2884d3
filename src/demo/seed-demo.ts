import { RichText, type AtpAgent } from '@atproto/api';
import { signUp } from '../core/accounts/sign-up.ts';
import { connectCredentialProfile } from '../core/profiles/connect-credential-profile.ts';
import type { AppContext } from '../core/types.ts';
import { createWorkspace } from '../core/workspaces/create-workspace.ts';
import { enterWorkspace } from '../core/workspaces/enter-workspace.ts';
import type { LocalBluesky } from '../networks/bluesky/testing/local-network.ts';

/** The local accounts the demo makes: two brand profiles Canopy manages, and their audience. */
export const demoAccounts = ['acmecoffee', 'acmebakery', 'maria', 'somchai', 'jelena'];

export const demoOwner = { email: 'demo@canopy.example', password: 'canopy-demo-password', name: 'Demo Manager' };

export interface DemoWorkspace {
  workspaceId: string;
  profileIds: string[];
}

/**
 * Fills a fresh Canopy with a demo organization whose workspace has two Bluesky profiles on the
 * local network, and gives them an audience: posts in several languages, replies, mentions, likes
 * and follows.
 */
export async function seedDemo(app: AppContext, bluesky: LocalBluesky): Promise<DemoWorkspace> {
  const { userId, organizationId } = await signUp(app, { ...demoOwner, organization: 'Acme Demo' });
  const actor = { userId, organizationId, orgRole: 'owner' as const };
  const ws = await createWorkspace({ ...app, actor }, { name: 'Acme Coffee', timezone: 'Europe/Athens', locale: 'en' });
  const inWorkspace = await enterWorkspace({ ...app, actor }, ws.id);
  await nameAccounts(bluesky);
  const profileIds: string[] = [];
  for (const brand of ['acmecoffee', 'acmebakery']) {
    const account = bluesky.accounts[brand]!;
    profileIds.push(
      await connectCredentialProfile(inWorkspace, {
        network: 'bluesky',
        fields: { service: bluesky.pdsUrl, identifier: account.handle, appPassword: account.appPassword },
      }),
    );
  }
  await makeActivity(bluesky);
  return { workspaceId: ws.id, profileIds };
}

const displayNames: Record<string, string> = {
  acmecoffee: 'Acme Coffee',
  acmebakery: 'Acme Bakery',
  maria: 'Maria Papadopoulou',
  somchai: 'Somchai Jaidee',
  jelena: 'Јелена Петровић',
};

async function nameAccounts(bluesky: LocalBluesky): Promise<void> {
  for (const name of demoAccounts) {
    const agent = await bluesky.agentFor(name);
    await agent.upsertProfile((existing) => ({ ...existing, displayName: displayNames[name] }));
  }
  await bluesky.processAll();
}

async function post(agent: AtpAgent, text: string, replyTo?: { uri: string; cid: string }) {
  const rich = new RichText({ text });
  await rich.detectFacets(agent);
  return agent.post({
    text: rich.text,
    facets: rich.facets,
    ...(replyTo ? { reply: { root: replyTo, parent: replyTo } } : {}),
    createdAt: new Date().toISOString(),
  });
}

async function makeActivity(bluesky: LocalBluesky): Promise<void> {
  const [coffee, bakery, maria, somchai, jelena] = await Promise.all(demoAccounts.map((n) => bluesky.agentFor(n)));
  const handle = (n: string) => bluesky.accounts[n]!.handle;
  const launch = await post(coffee!, 'Our autumn blend is here: notes of fig and cocoa. ☕🍂 Which one should we roast next?');
  await post(coffee!, 'Νέο χαρμάνι φθινοπώρου: σύκο και κακάο. Καλή σας μέρα! ☕');
  await post(bakery!, 'ขนมปังอบใหม่ทุกเช้า 7 โมง 🥐 แวะมาชิมกันนะ');
  for (const fan of [maria!, somchai!, jelena!]) {
    await fan.follow(coffee!.session!.did);
    await fan.like(launch.uri, launch.cid);
  }
  await post(maria!, 'Tried it this morning, the fig really comes through! Could you do a decaf version?', launch);
  await post(somchai!, 'อร่อยมากครับ ส่งไปกรุงเทพได้ไหม?', launch);
  await post(jelena!, `Најбоља кафа у граду! Хвала @${handle('acmecoffee')} ❤️`);
  await post(maria!, `@${handle('acmebakery')} are the croissants vegan?`);
  await bluesky.processAll();
}
