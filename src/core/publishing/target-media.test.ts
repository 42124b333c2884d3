import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { PublishRequest } from '../../networks/adapter.ts';
import { posts, postTargetMedia, postTargets } from '../../db/schema.ts';
import { startTestApp, type TestApp } from '../../testing/app.ts';
import { imageFile } from '../../testing/media-files.ts';
import { createWorkspace, signUpOwner, type Owner } from '../../testing/people.ts';
import { insertProfile } from '../../testing/profiles.ts';
import { publishTarget } from './publish-target.ts';
import { scriptedPublisher } from './testing/scripted-publisher.ts';

describe('media in publishing', () => {
  let t: TestApp;
  let owner: Owner;
  let ws: string;
  const requests: PublishRequest[] = [];

  before(async () => {
    t = await startTestApp({}, 'web');
    owner = await signUpOwner(t.url);
    ws = await createWorkspace(owner);
    const net = scriptedPublisher();
    const inner = net.adapter.publisher!;
    t.app.networks.set('scripted', {
      ...net.adapter,
      publisher: {
        ...inner,
        publish: (session, request) => {
          requests.push(request);
          return inner.publish(session, request);
        },
      },
    });
  });
  after(() => t.stop());

  async function upload(name: string, bytes: Uint8Array, altText: string): Promise<string> {
    const res = await owner.client.upload<{ id: string }>(`/api/v1/workspaces/${ws}/media?filename=${name}`, bytes);
    assert.equal(res.status, 201);
    await owner.client.patch(`/api/v1/workspaces/${ws}/media/${res.body.id}`, { altText });
    return res.body.id;
  }

  it('publishes a target’s two images in its order, with their bytes, alt text, size and a URL to pull them from', async () => {
    const red = await imageFile('png', 640, 480, '#e03131');
    const blue = await imageFile('jpeg', 300, 600, '#1971c2');
    const redId = await upload('red.png', red, 'A red square');
    const blueId = await upload('blue.jpg', blue, 'Ένα μπλε ορθογώνιο');
    const profileId = await insertProfile(t, { organizationId: owner.organizationId, workspaceId: ws, network: 'scripted' });
    const [post] = await t.database.db.insert(posts).values({ organizationId: owner.organizationId, workspaceId: ws, status: 'scheduled', text: 'two pictures' }).returning();
    const [target] = await t.database.db
      .insert(postTargets)
      .values({ postId: post!.id, workspaceId: ws, profileId, network: 'scripted', text: 'two pictures', threadParts: ['and a reply'], status: 'scheduled', marker: randomUUID() })
      .returning();
    await t.database.db.insert(postTargetMedia).values([
      { targetId: target!.id, position: 0, mediaId: blueId },
      { targetId: target!.id, position: 1, mediaId: redId },
    ]);

    assert.deepEqual(await publishTarget(t.app, { targetId: target!.id, worker: 'w1' }), { kind: 'done' });
    assert.equal(requests.length, 2);
    const [first, reply] = requests;
    assert.deepEqual(reply!.media, [], 'a thread part carries no files of its own');
    assert.deepEqual(
      first!.media.map((m) => [m.kind, m.mimeType, m.altText, m.width, m.height]),
      [
        ['image', 'image/jpeg', 'Ένα μπλε ορθογώνιο', 300, 600],
        ['image', 'image/png', 'A red square', 640, 480],
      ],
    );
    assert.deepEqual(Buffer.from(await first!.media[0]!.read()), Buffer.from(blue));
    assert.deepEqual(Buffer.from(await first!.media[1]!.read()), Buffer.from(red));
    const pulled = await fetch(first!.media[1]!.publicUrl!);
    assert.equal(pulled.headers.get('content-type'), 'image/png');
    assert.deepEqual(Buffer.from(await pulled.arrayBuffer()), Buffer.from(red));
  });
});
