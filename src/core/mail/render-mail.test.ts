import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMail } from './render-mail.ts';

const facts = {
  kind: 'requested' as const,
  workspace: 'Brand <Coffee>',
  actorName: 'Ana',
  excerpt: 'Summer offer',
  comment: null,
  at: new Date('2027-06-01T07:00:00Z'),
  zone: 'Europe/Athens',
  link: 'https://canopy.example/w/1/compose/2',
};

describe('approval emails', () => {
  it('say who asks, for when on the post’s own clock, and link to the post', () => {
    const mail = renderMail({ ...facts, locale: 'en' });
    assert.equal(mail.subject, 'Approval needed: Summer offer');
    assert.match(mail.text, /^Ana asks you to approve a post in Brand <Coffee>, due to publish Tuesday, June 1, 2027 at 10:00\sAM GMT\+3\./);
    assert.ok(mail.text.includes('Open the post: https://canopy.example/w/1/compose/2'));
    assert.ok(mail.html.includes('Brand &#60;Coffee&#62;'), 'the HTML escapes what people typed');
    assert.ok(!mail.html.includes('<Coffee>'));
  });

  it('speak the recipient’s language, Serbian in Cyrillic', () => {
    assert.match(renderMail({ ...facts, locale: 'el' }).subject, /^Χρειάζεται έγκριση/);
    const sr = renderMail({ ...facts, locale: 'sr' });
    assert.match(sr.text, /јун/);
    assert.match(renderMail({ ...facts, locale: 'th' }).text, /มิถุนายน/);
  });

  it('carry the approver’s comment, and name nobody when time ran out', () => {
    const changes = renderMail({ ...facts, locale: 'en', kind: 'changes_requested', comment: 'Use the summer photo.' });
    assert.ok(changes.text.includes('Ana wrote:\nUse the summer photo.'));
    const missed = renderMail({ ...facts, locale: 'en', kind: 'missed', actorName: null });
    assert.match(missed.text, /^Your post in Brand <Coffee> was not approved before/);
  });
});
