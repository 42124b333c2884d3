import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AtUri, BlobRef, type AppBskyEmbedImages, type AppBskyEmbedVideo, type AppBskyFeedPost, type AppBskyRichtextFacet } from '@atproto/api';
import type { AdapterSession, MediaItem, Publisher } from '../adapter.ts';
import { failureOf, okValue } from '../testing/outcome.ts';
import { MARKER_FIELD } from './find.ts';
import { startLocalBluesky, type LocalBluesky } from './testing/local-network.ts';
import { solidPng, tinyMp4 } from './testing/png.ts';
import { connectedSession, localAdapter } from './testing/sessions.ts';

function media(kind: MediaItem['kind'], mimeType: string, bytes: Uint8Array, altText?: string): MediaItem {
  return { kind, mimeType, read: async () => bytes, ...(altText !== undefined ? { altText } : {}) };
}

describe('Bluesky publishing on a local PDS', () => {
  let network: LocalBluesky;
  let alice: AdapterSession;
  let publisher: Publisher;

  /** The record as the PDS stores it, read back with com.atproto.repo.getRecord. */
  async function stored(remoteId: string): Promise<AppBskyFeedPost.Main & Record<string, unknown>> {
    const uri = new AtUri(remoteId);
    const agent = await network.agentFor('alice');
    const res = await agent.com.atproto.repo.getRecord({ repo: uri.host, collection: uri.collection, rkey: uri.rkey });
    return res.data.value as AppBskyFeedPost.Main & Record<string, unknown>;
  }

  before(async () => {
    network = await startLocalBluesky({ appView: false });
    alice = await connectedSession(network, 'alice');
    publisher = localAdapter(network).publisher!;
  });
  after(() => network?.close());

  it('stores byte-exact facets for a mention, hashtags in four scripts and a link', async () => {
    const text = 'Καλημέρα 👋🏽 @bob.test! Нови пост #Ελλάδα #Србија #ไทย #🌿 → https://canopy.example/launch?utm=1 🎉 and @nobody.test';
    const post = okValue(await publisher.publish(alice, { text, media: [], marker: 'm-facets' }));
    assert.match(post.remoteId, /^at:\/\/did:plc:[a-z0-9]+\/app\.bsky\.feed\.post\/[a-z0-9]+$/);
    assert.equal(post.url, `https://bsky.app/profile/${network.accounts.alice!.did}/post/${new AtUri(post.remoteId).rkey}`);

    const record = await stored(post.remoteId);
    assert.equal(record.text, text);
    const bytes = Buffer.from(record.text, 'utf8');
    const slices = (record.facets ?? []).map((f: AppBskyRichtextFacet.Main) => ({
      text: bytes.subarray(f.index.byteStart, f.index.byteEnd).toString('utf8'),
      feature: f.features[0],
    }));
    assert.deepEqual(
      slices.map((s) => s.text),
      ['@bob.test', '#Ελλάδα', '#Србија', '#ไทย', '#🌿', 'https://canopy.example/launch?utm=1'],
      'an unknown handle (@nobody.test) stays plain text',
    );
    assert.deepEqual(slices[0]!.feature, { $type: 'app.bsky.richtext.facet#mention', did: network.accounts.bob!.did });
    assert.deepEqual(
      slices.slice(1, 5).map((s) => (s.feature as AppBskyRichtextFacet.Tag).tag),
      ['Ελλάδα', 'Србија', 'ไทย', '🌿'],
    );
    assert.equal((slices[5]!.feature as AppBskyRichtextFacet.Link).uri, 'https://canopy.example/launch?utm=1');
    assert.equal(record[MARKER_FIELD], 'm-facets', 'the marker travels in the record, outside the text');
  });

  it('uploads images with their alt text and aspect ratio', async () => {
    const png = solidPng(40, 20, [30, 120, 60]);
    const post = okValue(
      await publisher.publish(alice, {
        text: 'Two leaves',
        media: [media('image', 'image/png', png, 'A green rectangle, twice as wide as tall'), media('image', 'image/png', solidPng(10, 30, [0, 0, 200]), '')],
        marker: 'm-image',
      }),
    );
    const embed = (await stored(post.remoteId)).embed as AppBskyEmbedImages.Main;
    assert.equal(embed.$type, 'app.bsky.embed.images');
    assert.equal(embed.images.length, 2);
    assert.equal(embed.images[0]!.alt, 'A green rectangle, twice as wide as tall');
    assert.deepEqual(embed.images[0]!.aspectRatio, { width: 40, height: 20 });
    assert.deepEqual(embed.images[1]!.aspectRatio, { width: 10, height: 30 });
    const blob = embed.images[0]!.image;
    assert.ok(blob instanceof BlobRef);
    assert.equal(blob.mimeType, 'image/png');
    assert.equal(blob.size, png.length);

    const agent = await network.agentFor('alice');
    const fetched = await agent.com.atproto.sync.getBlob({ did: network.accounts.alice!.did, cid: blob.ref.toString() });
    assert.deepEqual(new Uint8Array(fetched.data), png, 'the PDS serves back the very bytes uploaded');
  });

  it('uploads a video into app.bsky.embed.video', async () => {
    const post = okValue(
      await publisher.publish(alice, { text: '', media: [{ ...media('video', 'video/mp4', tinyMp4(), 'A short clip'), width: 1280, height: 720 }], marker: 'm-video' }),
    );
    const embed = (await stored(post.remoteId)).embed as AppBskyEmbedVideo.Main;
    assert.equal(embed.$type, 'app.bsky.embed.video');
    assert.equal(embed.alt, 'A short clip');
    assert.deepEqual(embed.aspectRatio, { width: 1280, height: 720 });
    assert.equal(embed.video.mimeType, 'video/mp4');
  });

  it('adds a link card when there is no media', async () => {
    const post = okValue(
      await publisher.publish(alice, {
        text: 'Read the launch notes',
        media: [],
        link: 'https://canopy.example/notes',
        options: { linkTitle: 'Launch notes', linkDescription: 'What is new' },
        marker: 'm-link',
      }),
    );
    assert.deepEqual((await stored(post.remoteId)).embed, {
      $type: 'app.bsky.embed.external',
      external: { uri: 'https://canopy.example/notes', title: 'Launch notes', description: 'What is new' },
    });
  });

  it('publishes a thread of three parts whose replies point at the root and their parent', async () => {
    const root = okValue(await publisher.publish(alice, { text: 'Thread 1/3', media: [], marker: 'm-t1' }));
    const second = okValue(await publisher.publish(alice, { text: 'Thread 2/3', media: [], marker: 'm-t2', replyTo: { remoteId: root.remoteId, rootId: root.remoteId } }));
    const third = okValue(await publisher.publish(alice, { text: 'Thread 3/3', media: [], marker: 'm-t3', replyTo: { remoteId: second.remoteId, rootId: root.remoteId } }));

    const rootRecord = await stored(root.remoteId);
    assert.equal(rootRecord.reply, undefined);
    const secondReply = (await stored(second.remoteId)).reply!;
    const thirdReply = (await stored(third.remoteId)).reply!;
    assert.equal(secondReply.root.uri, root.remoteId);
    assert.equal(secondReply.parent.uri, root.remoteId);
    assert.equal(thirdReply.root.uri, root.remoteId);
    assert.equal(thirdReply.parent.uri, second.remoteId);
    assert.equal(thirdReply.root.cid, secondReply.root.cid, 'both parts name the same version of the root');
    assert.match(thirdReply.parent.cid, /^bafyrei/);
  });

  it('posts a first comment as a reply from the same account', async () => {
    const post = okValue(await publisher.publish(alice, { text: 'A post with a first comment', media: [], marker: 'm-fc' }));
    const comment = okValue(await publisher.comment!(alice, { onRemoteId: post.remoteId, text: 'Link in the first comment: https://canopy.example' }));
    assert.equal(new AtUri(comment.remoteId).host, network.accounts.alice!.did);
    const reply = (await stored(comment.remoteId)).reply!;
    assert.equal(reply.root.uri, post.remoteId);
    assert.equal(reply.parent.uri, post.remoteId);
  });

  it('deletes a post, and deleting it again is harmless', async () => {
    const post = okValue(await publisher.publish(alice, { text: 'Soon gone', media: [], marker: 'm-del' }));
    okValue(await publisher.delete(alice, post.remoteId));
    await assert.rejects(stored(post.remoteId), /Could not locate record/);
    okValue(await publisher.delete(alice, post.remoteId));
    const replyToGone = await publisher.comment!(alice, { onRemoteId: post.remoteId, text: 'Too late' });
    assert.equal(failureOf(replyToGone, 'rejected').code, 'record_not_found');
  });

  it('refuses what Bluesky would refuse, before uploading anything', async () => {
    const tooLong = await publisher.publish(alice, { text: 'ά'.repeat(301), media: [], marker: 'm-long' });
    assert.equal(failureOf(tooLong, 'rejected').code, 'text_too_long');
    assert.match(failureOf(tooLong, 'rejected').reason, /301 characters.*300/);
    let reads = 0;
    const counted: MediaItem = { kind: 'image', mimeType: 'image/png', read: async () => (reads++, solidPng(2, 2, [0, 0, 0])) };
    const mixed = await publisher.publish(alice, { text: 'mixed', media: [counted, media('video', 'video/mp4', tinyMp4())], marker: 'm-mixed' });
    assert.match(failureOf(mixed, 'rejected').reason, /images or a video, not both/);
    const five = await publisher.publish(alice, { text: 'five', media: Array.from({ length: 5 }, () => counted), marker: 'm-five' });
    assert.match(failureOf(five, 'rejected').reason, /at most 4 images/);
    assert.equal(reads, 0);
  });

  it('refuses to delete another account’s post', async () => {
    const bob = await connectedSession(network, 'bob');
    const post = okValue(await publisher.publish(bob, { text: 'Bob’s own', media: [], marker: 'm-bob' }));
    assert.equal(failureOf(await publisher.delete(alice, post.remoteId), 'rejected').code, 'not_own_post');
    assert.equal((await stored(post.remoteId)).text, 'Bob’s own');
  });
});
