import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { describe, it } from 'node:test';
import { can } from './permissions.ts';
import { permissionsMarkdown } from './permissions-markdown.ts';

describe('permissions', () => {
  it('fit the roles as the product describes them', () => {
    assert.ok(can('content_creator', 'posts.draft'));
    assert.ok(!can('content_creator', 'posts.publish_unapproved'), 'a creator cannot publish where approval is required');
    assert.ok(!can('content_creator', 'members.manage'));
    assert.ok(can('analyst', 'reports.read'));
    assert.ok(!can('analyst', 'posts.draft') && !can('analyst', 'inbox.read'), 'an analyst reads reports only');
    assert.ok(can('community_manager', 'inbox.reply') && can('community_manager', 'inbox.assign'));
    assert.ok(!can('community_manager', 'members.read'));
    assert.ok(can('paid_specialist', 'ads.manage'));
  });

  it('are printed in the README exactly as the code has them', async () => {
    const readme = await fs.readFile(new URL('../../../README.md', import.meta.url), 'utf8');
    assert.ok(readme.includes(permissionsMarkdown()), 'README permission table is out of date: paste permissionsMarkdown() output');
  });
});
