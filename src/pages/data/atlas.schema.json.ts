/** `/data/atlas.schema.json`: JSON Schema derived from the same Zod schemas that type atlas.json, shared parts under `$defs`. */
import { openDataJsonSchema } from '../../schemas/open-data.ts';

export function GET() {
  return new Response(`${JSON.stringify(openDataJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
}
