/** `/data/atlas.json`: the whole open-data model. */
import { openData } from '../../lib/site.ts';

export async function GET() {
  return new Response(`${JSON.stringify(await openData(), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
