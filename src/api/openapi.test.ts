import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startTestApp, type TestApp } from '../testing/app.ts';
import { TestClient } from '../testing/client.ts';
import { apiRoutes } from './routes/index.ts';

describe('OpenAPI document', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.stop());

  it('is valid OpenAPI 3.1 and lists every route with its permission', async () => {
    const doc = await new TestClient(t.url).get<{ openapi: string; paths: Record<string, Record<string, { 'x-canopy-permission'?: string }>> }>('/api/openapi.json');
    assert.equal(doc.status, 200);
    assert.equal(doc.body.openapi, '3.1.0');
    const result = await new Validator().validate(doc.body as unknown as Record<string, unknown>);
    assert.equal(result.valid, true, JSON.stringify(result.errors));
    for (const route of apiRoutes) {
      const op = doc.body.paths[route.url.replace(/:(\w+)/g, '{$1}')]?.[route.method.toLowerCase()];
      assert.ok(op, `${route.method} ${route.url} is documented`);
      if (route.access.kind === 'workspace') assert.equal(op['x-canopy-permission'], route.access.permission);
    }
  });

  it('has a docs page', async () => {
    const res = await fetch(`${t.url}/api/docs/`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /swagger/i);
  });
});
