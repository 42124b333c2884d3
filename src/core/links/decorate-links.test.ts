import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decorateLink, fillUtm, findLinks, replaceLinks } from './decorate-links.ts';

describe('decorating links with UTM parameters', () => {
  const values = { network: 'mastodon', profile: 'καφές@social.example', campaign: 'Χειμώνας 2026' };

  it('fills {network}, {profile} and {campaign} and leaves out empty fields', () => {
    assert.deepEqual(fillUtm({ source: '{network}', medium: 'social', campaign: '{campaign}-{network}', content: '{profile}' }, values), [
      ['utm_source', 'mastodon'],
      ['utm_medium', 'social'],
      ['utm_campaign', 'Χειμώνας 2026-mastodon'],
      ['utm_content', 'καφές@social.example'],
    ]);
    assert.deepEqual(fillUtm({}, values), []);
  });

  it('keeps the existing query and fragment, and replaces a UTM value already there', () => {
    const params = fillUtm({ source: '{network}', campaign: '{campaign}' }, values);
    assert.equal(
      decorateLink('https://shop.example/p?id=7&utm_source=old#reviews', params),
      'https://shop.example/p?id=7&utm_source=mastodon&utm_campaign=%CE%A7%CE%B5%CE%B9%CE%BC%CF%8E%CE%BD%CE%B1%CF%82+2026#reviews',
    );
    assert.equal(decorateLink('not a link', params), 'not a link');
    assert.equal(decorateLink('https://shop.example/', []), 'https://shop.example/');
  });

  it('finds http(s) links in running text, without the punctuation that ends a sentence', () => {
    const text = 'Νέο! (https://a.example/x?y=1), see http://b.example/path. Also https://a.example/x?y=1 again; not ftp://c.example or www.d.example';
    assert.deepEqual(findLinks(text), ['https://a.example/x?y=1', 'http://b.example/path']);
    assert.equal(
      replaceLinks(text, (l) => l.toUpperCase()),
      'Νέο! (HTTPS://A.EXAMPLE/X?Y=1), see HTTP://B.EXAMPLE/PATH. Also HTTPS://A.EXAMPLE/X?Y=1 again; not ftp://c.example or www.d.example',
    );
  });
});
