import { z } from 'zod';
import { problemSchema } from './problem.ts';
import type { RouteDef } from './route.ts';

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });

/** OpenAPI 3.1, generated from the same zod schemas that validate each request. */
export function buildOpenApi(routes: RouteDef[], serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
      if (!schema) continue;
      const shape = jsonSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(shape.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (shape.required ?? []).includes(name), schema: s });
      }
    }
    const problem = { description: 'A problem', content: { 'application/problem+json': { schema: jsonSchema(problemSchema, 'output') } } };
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[/_-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      security: route.access.kind === 'public' ? [] : [{ bearer: [] }, { session: [] }],
      ...(route.access.kind === 'workspace' || route.access.kind === 'organization'
        ? { 'x-canopy-permission': route.access.permission }
        : {}),
      ...(parameters.length ? { parameters } : {}),
      ...(route.rawBody ? { requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } } } : {}),
      ...(route.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } }
        : {}),
      responses: {
        [route.response.status]: route.response.schema
          ? { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response.schema, 'output') } } }
          : { description: 'Done' },
        '4XX': problem,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Canopy API', version: '1', description: 'Plan, approve, publish and report across social networks.' },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token from Settings → API tokens' },
        session: { type: 'apiKey', in: 'cookie', name: 'canopy_session', description: 'Writes also need the x-csrf-token header' },
      },
    },
    paths,
  };
}
