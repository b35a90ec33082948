/** `/data/gaps.json`: the harmonization-gap measure — method, divergence per dimension with its groups, similarity per pair. */
import { gapsJson } from '../../lib/gaps-view.ts';
import { RELEASE, openData } from '../../lib/site.ts';

export async function GET() {
  return new Response(`${JSON.stringify(gapsJson(await openData(), RELEASE), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
