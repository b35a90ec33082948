/** `/data/atlas.schema.json`: JSON Schema generated from the same Zod schema that types atlas.json. */
import { z } from 'astro/zod';
import { openDataSchema } from '../../schemas/open-data.ts';

export function GET() {
  const schema = { ...z.toJSONSchema(openDataSchema, { target: 'draft-2020-12' }), $id: '/data/atlas.schema.json' };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
}
