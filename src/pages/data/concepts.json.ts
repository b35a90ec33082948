/** `/data/concepts.json`: every concept with every jurisdiction's fact on each of its dimensions, cited. */
import { conceptsJson } from '../../lib/concepts-data.ts';
import { RELEASE, concepts, openData } from '../../lib/site.ts';

export async function GET() {
  return new Response(`${JSON.stringify(conceptsJson(await openData(), await concepts(), RELEASE), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
}
